/**
 * @linejsx/campaign: personalised LINE sends to any number of recipients, on BullMQ and Redis.
 * `startCampaign` checks an audience and queues jobs with their retry keys; `runWorker` processes
 * on any number of machines send them within LINE's rate limits; a crash, a retry or a Redis
 * restart resends under the same keys, so LINE delivers each message once (while it remembers the
 * key: 24 hours). `campaignStatus`, `pauseCampaign`, `resumeCampaign`, `cancelCampaign` and
 * `campaignReport` follow and steer it. Tokens stay with the workers, never in Redis.
 *
 * @example
 * import { connectOnce, fileAudience, startCampaign } from '@linejsx/campaign';
 * const redis = await connectOnce(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
 * const { id } = await startCampaign({
 *   redis, channel: 'default', audience: fileAudience('people.jsonl', 'people.jsonl'),
 *   design: { messagesFor: (props) => <Reminder {...(props as ReminderProps)} /> },
 *   designRef: { file: 'designs/reminder.tsx' },
 * });
 */

export type { Redis } from 'ioredis';
export { type Audience, type AudienceEntry, type AudienceProblem, fileAudience, listAudience, parseAudienceLine } from './audience.ts';
export { type CancelOptions, type CancelResult, cancelCampaign, pauseCampaign, resumeCampaign } from './control.ts';
export { type CampaignDesign, type DesignRef, fingerprintOf, type RenderedMessages, renderFor } from './design.ts';
export { CampaignError, type CampaignErrorCode } from './errors.ts';
export { CAMPAIGN_ID } from './keys.ts';
export { type CampaignMeta, type CampaignState, readMeta } from './meta.ts';
export type { RecipientOutcome, RecipientStatus, StatusCounts } from './outcomes.ts';
export { type JobLimiter, jobLimiter, pushBatch } from './plan.ts';
export { connectOnce, DEFAULT_REDIS_URL, type RedisLinkEvent, redisFailure, redisLabel } from './redis.ts';
export { campaignReport, type ReportRow } from './report.ts';
export { KEY_LIFETIME } from './send-job.ts';
export { type StartedCampaign, type StartOptions, startCampaign } from './start.ts';
export { type CampaignStatus, campaignStatus } from './status.ts';
export { type CampaignWorker, runWorker, type WorkerEvent, type WorkerOptions } from './worker.ts';
