/**
 * Audiences (`manage-audience.yml`): made from uploaded IDs (JSON, or a file on api-data), from the
 * recipients of a broadcast or narrowcast (impressions: the emulator counts a delivered message as
 * seen; clicks: none, as no one taps in the emulator), renamed, deleted, listed. An audience is
 * `IN_PROGRESS` for a moment after it is made or added to, then `READY`; narrowcast applies it.
 * Audiences shared from LINE's Business Manager: the emulated channel has none.
 */
import type { manageAudience, OperationId } from '@linejsx/protocol';
import { type Answer, lineError } from './answers.ts';
import { type Handler, type HandlerContext, isAnswer, ok } from './handler.ts';
import type { StoredAudience } from './store.ts';

/** An audience expires 180 days after it was made (`expireTimestamp`). */
const LIFETIME = 180 * 24 * 60 * 60;

const notFound = () => lineError(400, 'audience group not found');

function audienceOf(ctx: HandlerContext, id = ctx.params.audienceGroupId ?? ctx.body.audienceGroupId): StoredAudience | Answer {
  return ctx.store.audiences.get(Number(id)) ?? notFound();
}

/** IDs of an uploaded file: one per line, blank lines skipped. */
async function fileIds(ctx: HandlerContext): Promise<string[] | Answer> {
  const file = ctx.body.file;
  if (!(file instanceof Blob))
    return lineError(400, 'The request body has 1 error(s)', [{ message: 'file is required', property: 'file' }]);
  return (await file.text())
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Marks the audience as being worked on, and ready a step later (with its job finished). */
function work(ctx: HandlerContext, audience: StoredAudience, job?: manageAudience.AudienceGroupJob): void {
  audience.group = { ...audience.group, status: 'IN_PROGRESS' };
  ctx.later(ctx.step, () => {
    audience.group = { ...audience.group, status: 'READY', audienceCount: audience.ids.size };
    if (job) audience.jobs[audience.jobs.indexOf(job)] = { ...job, jobStatus: 'FINISHED', audienceCount: audience.ids.size };
  });
}

function create(
  ctx: HandlerContext,
  type: 'UPLOAD' | 'CLICK' | 'IMP',
  ids: Iterable<string>,
  extra: Partial<manageAudience.AudienceGroup>,
): Answer {
  const audienceGroupId = ctx.store.audienceId();
  const created = Math.floor(ctx.now / 1000);
  const audience: StoredAudience = {
    group: {
      audienceGroupId,
      type,
      description: ctx.body.description as string,
      status: 'IN_PROGRESS',
      audienceCount: 0,
      created,
      permission: 'READ_WRITE',
      createRoute: 'MESSAGING_API',
      isIfaAudience: ctx.body.isIfaAudience === true || ctx.body.isIfaAudience === 'true',
      ...extra,
    },
    ids: new Set(ids),
    jobs: [],
  };
  ctx.store.audiences.set(audienceGroupId, audience);
  work(ctx, audience);
  const { status: _, audienceCount: __, ...answer } = audience.group;
  return ok({ ...answer, expireTimestamp: created + LIFETIME }, 202);
}

function add(ctx: HandlerContext, ids: readonly string[]): Answer {
  const audience = audienceOf(ctx);
  if (isAnswer(audience)) return audience;
  if (audience.group.type !== 'UPLOAD') return lineError(400, 'only an audience made from uploaded IDs can be added to');
  for (const id of ids) audience.ids.add(id);
  const job: manageAudience.AudienceGroupJob = {
    audienceGroupJobId: ctx.store.audienceId(),
    audienceGroupId: audience.group.audienceGroupId,
    description: (ctx.body.uploadDescription as string | undefined) ?? '',
    type: 'DIFF_ADD',
    jobStatus: 'WORKING',
    audienceCount: 0,
    created: Math.floor(ctx.now / 1000),
  };
  audience.jobs.push(job);
  work(ctx, audience, job);
  return ok({}, 202);
}

/** The recipients of a broadcast or narrowcast of this channel, or the 400 LINE answers. */
function recipientsOf(ctx: HandlerContext): readonly string[] | Answer {
  const sent = ctx.store.sends.get(ctx.body.requestId as string);
  return sent
    ? sent.recipients
    : lineError(400, 'The request body has 1 error(s)', [
        { message: 'no broadcast or narrowcast with this request ID', property: 'requestId' },
      ]);
}

/** Audiences by the filters of `getAudienceGroups`, one page of them. */
function list(ctx: HandlerContext, audiences: readonly StoredAudience[]): Answer {
  const page = Number(ctx.query.get('page') ?? Number.NaN);
  const size = Number(ctx.query.get('size') ?? 20);
  if (!Number.isInteger(page) || page < 1)
    return lineError(400, 'The request has 1 error(s)', [{ message: 'page must be a whole number of at least 1', property: 'page' }]);
  if (!Number.isInteger(size) || size < 1 || size > 40)
    return lineError(400, 'The request has 1 error(s)', [{ message: 'size must be a whole number from 1 to 40', property: 'size' }]);
  const description = ctx.query.get('description')?.toLowerCase();
  const status = ctx.query.get('status');
  const route = ctx.query.get('createRoute');
  const picked = audiences
    .map((a) => a.group)
    .filter((g) => (!description || g.description.toLowerCase().includes(description)) && (!status || g.status === status))
    .filter((g) => !route || g.createRoute === route);
  const groups = picked.slice((page - 1) * size, page * size);
  return ok({
    audienceGroups: groups,
    hasNextPage: page * size < picked.length,
    totalCount: picked.length,
    readWriteAudienceGroupTotalCount: picked.length,
    page,
    size,
  });
}

export const AUDIENCE_HANDLERS = {
  createAudienceGroup: (ctx) =>
    create(
      ctx,
      'UPLOAD',
      ((ctx.body.audiences as Array<{ id: string }> | undefined) ?? []).map((a) => a.id),
      {},
    ),
  async createAudienceForUploadingUserIds(ctx) {
    const ids = await fileIds(ctx);
    return isAnswer(ids) ? ids : create(ctx, 'UPLOAD', ids, {});
  },
  addAudienceToAudienceGroup: (ctx) =>
    add(
      ctx,
      (ctx.body.audiences as Array<{ id: string }>).map((a) => a.id),
    ),
  async addUserIdsToAudience(ctx) {
    const ids = await fileIds(ctx);
    return isAnswer(ids) ? ids : add(ctx, ids);
  },
  createClickBasedAudienceGroup(ctx) {
    const recipients = recipientsOf(ctx);
    if (isAnswer(recipients)) return recipients;
    // Nobody taps in the emulator: the audience of who clicked is empty.
    const clickUrl = ctx.body.clickUrl as string | undefined;
    return create(ctx, 'CLICK', [], { requestId: ctx.body.requestId as string, ...(clickUrl ? { clickUrl } : {}) });
  },
  createImpBasedAudienceGroup(ctx) {
    const recipients = recipientsOf(ctx);
    // Every recipient counts as having seen the message.
    return isAnswer(recipients) ? recipients : create(ctx, 'IMP', recipients, { requestId: ctx.body.requestId as string });
  },
  updateAudienceGroupDescription(ctx) {
    const audience = audienceOf(ctx);
    if (isAnswer(audience)) return audience;
    audience.group = { ...audience.group, description: ctx.body.description as string };
    return ok();
  },
  deleteAudienceGroup(ctx) {
    const audience = audienceOf(ctx);
    if (isAnswer(audience)) return audience;
    ctx.store.audiences.delete(audience.group.audienceGroupId);
    return ok();
  },
  getAudienceData(ctx) {
    const audience = audienceOf(ctx);
    return isAnswer(audience) ? audience : ok({ audienceGroup: audience.group, jobs: audience.jobs });
  },
  getAudienceGroups: (ctx) => list(ctx, [...ctx.store.audiences.values()]),
  getSharedAudienceData: () => notFound(),
  getSharedAudienceGroups: (ctx) => list(ctx, []),
} satisfies Partial<Record<OperationId, Handler>>;
