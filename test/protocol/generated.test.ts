/**
 * `packages/protocol/src/generated/` is what `tools/generate-protocol.ts` makes of LINE's OpenAPI
 * files, committed: this fails when they changed (or the generator did) and it was not run again.
 */
import { OPERATION_IDS, OPERATIONS } from '@linejsx/protocol';
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
