/**
 * What `@linejsx/storybook` draws, story by story: a story's value may be a design component
 * called with its args, a TSX element, or LINE JSON (messages or rich menus), and anything else
 * (HTML) is left to Storybook's HTML renderer. As tests, each checks what the decorator drew and
 * what it sent to the LINE JSON panel.
 */
import { Body, Bubble, Button, Cell, Flex, RichMenu, Row, Text, Uri } from '@linejsx/jsx';
import { expectPanelJson, type Meta, type StoryObj } from '@linejsx/storybook';
import { expect } from 'storybook/test';

interface GreetingProps {
  readonly name: string;
  readonly url: string;
}

function Greeting({ name, url }: GreetingProps) {
  if (name === 'throw') throw new Error('no such guest');
  return (
    <Flex altText={`Hello, ${name}`}>
      <Bubble>
        <Body>
          <Text weight="bold">Hello, {name}!</Text>
          <Button action={<Uri label="Open" uri={url} />} />
        </Body>
      </Bubble>
    </Flex>
  );
}

export default {
  title: 'Addon/Story values',
  component: Greeting,
  args: { name: 'Cony', url: 'https://example.com/hello' },
} satisfies Meta<GreetingProps>;

type Story = StoryObj<GreetingProps>;

const problems = (canvas: HTMLElement) => canvas.querySelectorAll('.lj-panel > .lj-issues > li').length;

/** Checks shared by the stories the decorator draws: the workbench, its problems, the panel's JSON. */
async function drawn(canvas: HTMLElement, id: string, expected: { problems: number; selector: string }): Promise<void> {
  await expect(canvas.querySelector('.lj-workbench')).not.toBeNull();
  await expect(canvas.querySelector(expected.selector)).not.toBeNull();
  await expect(problems(canvas), canvas.querySelector('.lj-panel .lj-issues')?.textContent ?? 'no problems').toBe(expected.problems);
  await expectPanelJson(canvas, id);
}

/** No render: Storybook calls the meta's component with the args, the decorator draws the element. */
export const ComponentWithArgs: Story = {
  play: async ({ canvasElement, id }) => {
    await drawn(canvasElement, id, { problems: 0, selector: '.lj-msg' });
    await expect(canvasElement.querySelector('.lj-phone')?.textContent).toContain('Hello, Cony!');
  },
};

/** An arg that breaks LINE's rules shows the problem with the component and TSX line. */
export const InvalidArgs: Story = {
  args: { url: 'ftp://example.com/hello' },
  play: async ({ canvasElement, id }) => {
    await drawn(canvasElement, id, { problems: 1, selector: '.lj-msg' });
    await expect(canvasElement.querySelector('.lj-issues')?.textContent).toMatch(/https/);
    await expect(canvasElement.querySelector('.lj-issues')?.textContent).toContain('Values.stories.tsx');
  },
};

/** A component that throws is a problem beside an empty chat, not a blank story. */
export const ComponentThrows: Story = {
  args: { name: 'throw' },
  play: async ({ canvasElement, id }) => {
    await drawn(canvasElement, id, { problems: 1, selector: '.lj-phone' });
    await expect(canvasElement.querySelector('.lj-issues')?.textContent).toContain('the component threw: no such guest');
  },
};

/** A render that returns a TSX element. */
export const Element: Story = {
  render: () => <Text>Hello from TSX</Text>,
  play: async ({ canvasElement, id }) => drawn(canvasElement, id, { problems: 0, selector: '.lj-msg' }),
};

/** LINE JSON as it is: one message. */
export const MessageJson: Story = {
  render: () => ({ type: 'text', text: 'Hello from JSON' }),
  play: async ({ canvasElement, id }) => {
    await drawn(canvasElement, id, { problems: 0, selector: '.lj-msg' });
    await expect(canvasElement.querySelector('.lj-phone')?.textContent).toContain('Hello from JSON');
  },
};

/** LINE JSON that LINE would refuse: validated, each problem listed. */
export const InvalidJson: Story = {
  render: () => [
    { type: 'text', text: '' },
    { type: 'sticker', packageId: '446', stickerId: '1988' },
  ],
  play: async ({ canvasElement, id }) => {
    await drawn(canvasElement, id, { problems: 1, selector: '.lj-msg' });
    await expect(canvasElement.querySelector('.lj-issue-path')?.textContent).toBe('messages[0].text');
  },
};

/** A rich menu element is drawn at the bottom of the phone. */
export const RichMenuElement: Story = {
  render: () => (
    <RichMenu size="half" name="Shop" chatBarText="Menu">
      <Row>
        <Cell>
          <Uri label="Shop" uri="https://shop.example.com" />
        </Cell>
      </Row>
    </RichMenu>
  ),
  play: async ({ canvasElement, id }) => drawn(canvasElement, id, { problems: 0, selector: '.lj-rm-menu' }),
};

/** Rich menu JSON too. */
export const RichMenuJson: Story = {
  render: () => ({
    size: { width: 2500, height: 843 },
    selected: false,
    name: 'Shop',
    chatBarText: 'Menu',
    areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'uri', label: 'Shop', uri: 'https://shop.example.com' } }],
  }),
  play: async ({ canvasElement, id }) => drawn(canvasElement, id, { problems: 0, selector: '.lj-rm-menu' }),
};

/** Anything else is Storybook's HTML renderer's: a string of HTML is HTML. */
export const PlainHtml: Story = {
  render: () => '<p data-plain>Not a LINE message</p>',
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-plain]')?.textContent).toBe('Not a LINE message');
    await expect(canvasElement.querySelector('.lj-workbench')).toBeNull();
  },
};

/** The toolbar's theme reaches the chat frame. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.lj-root')?.className).toContain('dark');
  },
};
