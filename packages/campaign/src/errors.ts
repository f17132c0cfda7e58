/**
 * `CampaignError`: the one error type of `@linejsx/campaign` for what is wrong with a campaign or
 * its store (invalid audiences and messages are `LineValidationError`s, LINE's answers
 * `LineApiError`s). Messages name Redis by its address without the password.
 */

export type CampaignErrorCode =
  /** Redis could not be reached (or answered with an error) while a command needed it. */
  | 'redis_unreachable'
  /** No campaign has this ID in this Redis. */
  | 'not_found'
  /** The campaign is in a state that does not allow it (resuming a cancelled campaign…). */
  | 'wrong_state'
  /** Nothing to send: the audience is empty, or every recipient's message is invalid. */
  | 'no_recipients'
  /** The audience changed while it was being read twice (once to check it, once to queue it). */
  | 'audience_changed'
  /** The design rendered the same props differently twice: its messages could not be retried safely. */
  | 'nondeterministic';

/**
 * Something about a campaign that can not be done, said in words; `code` for programs.
 *
 * @example
 * try { await pauseCampaign(redis, id); } catch (error) {
 *   if (error instanceof CampaignError && error.code === 'not_found') console.error(error.message);
 * }
 */
export class CampaignError extends Error {
  override readonly name = 'CampaignError';
  readonly code: CampaignErrorCode;

  constructor(code: CampaignErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
