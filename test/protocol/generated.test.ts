/**
 * `packages/protocol/src/generated/` is what `tools/generate-protocol.ts` makes of LINE's OpenAPI
 * files, committed: this fails when they changed (or the generator did) and it was not run again.
 */
import { OPERATION_IDS, OPERATIONS, REQUEST_SCHEMAS } from '@linejsx/protocol';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect, it } from 'vitest';
import { SPEC_FILES, staleFiles } from '../../tools/generate-protocol.ts';
import { readSpec } from '../../tools/line-openapi.ts';
import { describeWithSpec } from '../support/skip.ts';

describeWithSpec("the generated protocol, against LINE's OpenAPI files", () => {
  it('is up to date (else run pnpm protocol:generate)', () => {
    expect(staleFiles()).toEqual([]);
  });

  it('has every operation of the spec files, once', () => {
    const inSpec = SPEC_FILES.flatMap((file) =>
      Object.values(readSpec(`${file}.yml`).paths).flatMap((item) =>
        Object.values(item).flatMap((op) =>
          typeof (op as { operationId?: unknown }).operationId === 'string' ? [(op as { operationId: string }).operationId] : [],
        ),
      ),
    );
    expect([...OPERATION_IDS].sort()).toEqual(inSpec.sort());
  });
});

it('counts 110 operations, as the issue does: messaging-api 73, manage-audience 12, channel-access-token 8, insight 7, liff 4, module 4, module-attach 1, shop 1', () => {
  const perFile = new Map<string, number>();
  for (const id of OPERATION_IDS) perFile.set(OPERATIONS[id].spec, (perFile.get(OPERATIONS[id].spec) ?? 0) + 1);
  expect(Object.fromEntries(perFile)).toEqual({
    'messaging-api': 73,
    'manage-audience': 12,
    'channel-access-token': 8,
    insight: 7,
    liff: 4,
    module: 4,
    'module-attach': 1,
    shop: 1,
  });
});

it('routes blob operations to api-data.line.me and module attach to manager.line.biz', () => {
  const hosts = (host: string) => OPERATION_IDS.filter((id) => OPERATIONS[id].host === host).sort();
  expect(hosts('data')).toEqual([
    'addUserIdsToAudience',
    'createAudienceForUploadingUserIds',
    'getMessageContent',
    'getMessageContentPreview',
    'getMessageContentTranscodingByMessageId',
    'getRichMenuImage',
    'setRichMenuImage',
  ]);
  expect(hosts('manager')).toEqual(['attachModule']);
  expect(OPERATIONS.issueStatelessChannelToken.auth).toBe('none');
  expect(OPERATIONS.attachModule.auth).toBe('basic');
});

it('gives each JSON request body a JSON Schema that ajv compiles and that says what LINE requires', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  for (const format of ['int32', 'int64', 'double', 'binary']) ajv.addFormat(format, true);
  for (const [spec, { definitions }] of Object.entries(REQUEST_SCHEMAS)) ajv.addSchema({ $id: spec, definitions });
  const withBody = OPERATION_IDS.filter((id) => OPERATIONS[id].body?.schema);
  expect(withBody.length).toBeGreaterThan(40);
  for (const id of withBody)
    expect(() => ajv.getSchema(`${OPERATIONS[id].spec}#/definitions/${OPERATIONS[id].body!.schema}`)).not.toThrow();
  const loading = ajv.getSchema('messaging-api#/definitions/ShowLoadingAnimationRequest')!;
  expect(loading({ chatId: `U${'0'.repeat(32)}`, loadingSeconds: 5 })).toBe(true);
  expect(loading({ loadingSeconds: 90 })).toBe(false);
  expect(loading.errors?.map((e) => e.message)).toEqual(["must have required property 'chatId'", 'must be <= 60']);
  const push = ajv.getSchema('messaging-api#/definitions/PushMessageRequest')!;
  expect(push({ to: 'U1', messages: [{ type: 'text', text: 'hi' }] })).toBe(true);
  expect(push({ to: 'U1', messages: [{ type: 'nope' }] })).toBe(false);
});
