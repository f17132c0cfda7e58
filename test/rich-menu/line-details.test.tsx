/**
 * LINE's own refusals of a rich menu (`details[].property` of a 400) name the JSX component and
 * TSX line that produced the property, as push does for messages: on create, validate and deploy.
 */

import { renderRichMenu } from '@linejsx/jsx';
import { deployRichMenu, LineApiError, RichMenuDeployError } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import mainMenu, { MainMenu } from '../../examples/rich-menu/main-menu.tsx';
import shopTabs, { ShopTabs } from '../../examples/rich-menu/shop-tabs.tsx';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 3 });

/** LINE refusing the URI of the first area, as it does for a URI it can not open. */
const refuseUri = (path: 'validateRichMenu') =>
  env.emu.fault({
    path,
    status: 400,
    times: 1,
    body: { message: 'The request body has 1 error(s)', details: [{ message: 'invalid uri', property: 'areas[0].action.uri' }] },
  });

describe('LINE details about a rich menu point at its component', () => {
  it.each(['validate', 'create'] as const)('%s of a <RichMenu> element', async (method) => {
    refuseUri('validateRichMenu');
    const error = await env
      .client()
      .richMenu[method](<MainMenu {...mainMenu.sample} />)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineApiError);
    const [detail] = (error as LineApiError).details;
    expect(detail).toMatchObject({
      property: 'areas[0].action.uri',
      message: 'invalid uri',
      component: { path: '<RichMenu> > <Row>[0] > <Cell>[0] > <Uri>' },
    });
    expect(detail!.component!.source?.fileName).toMatch(/examples\/rich-menu\/main-menu\.tsx$/);
    expect((error as Error).message).toMatch(
      /<RichMenu> > <Row>\[0\] > <Cell>\[0\] > <Uri> {3}examples\/rich-menu\/main-menu\.tsx:\d+:\d+\n {4}areas\[0\]\.action\.uri: invalid uri/,
    );
  });

  it('rich menu JSON has no components to name: the detail stays as LINE gave it', async () => {
    refuseUri('validateRichMenu');
    const menu = renderRichMenu(<MainMenu {...mainMenu.sample} />);
    const error = (await env
      .client()
      .richMenu.validate(menu)
      .catch((e: unknown) => e)) as LineApiError;
    expect(error.details).toEqual([{ property: 'areas[0].action.uri', message: 'invalid uri' }]);
  });

  it('deploy of a set of tabs: the detail names the component of the menu LINE refused', async () => {
    let validations = 0;
    const error = await deployRichMenu(env.client(), <ShopTabs {...shopTabs.sample} />, {
      onStep: (step) => {
        // The second menu's create: LINE refuses it after its own validation passed.
        if (step.kind === 'create' && step.menu === 1) {
          env.emu.fault({
            path: 'createRichMenu',
            status: 400,
            times: 1,
            body: {
              message: 'The request body has 1 error(s)',
              details: [{ message: 'unknown alias', property: 'areas[0].action.richMenuAliasId' }],
            },
          });
        }
        if (step.kind === 'validate') validations++;
      },
    }).catch((e: unknown) => e);
    expect(validations).toBe(2);
    expect(error).toBeInstanceOf(RichMenuDeployError);
    const cause = (error as RichMenuDeployError).cause as LineApiError;
    expect(cause.details[0]).toMatchObject({
      property: 'areas[0].action.richMenuAliasId',
      component: { path: '<RichMenu>[1] > <Row>[0] > <Cell>[0] > <RichMenuSwitch>' },
    });
    expect(env.emu.richMenuState().menus).toEqual([]);
  });
});
