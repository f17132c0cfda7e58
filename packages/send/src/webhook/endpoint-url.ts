/** The rule for a webhook endpoint URL: HTTPS, at most 500 characters (`S:SetWebhookEndpointRequest`). */
import { LIMITS, urlProblem, type ValidationIssue } from '@linejsx/schema';

/**
 * Problems with a webhook endpoint URL, empty when LINE would take it.
 *
 * @example
 * webhookEndpointIssues('http://bot.example.com/cb')[0].message; // '"http://bot.example.com/cb" must be an https URL'
 */
export function webhookEndpointIssues(endpoint: unknown, path = 'endpoint'): ValidationIssue[] {
  if (typeof endpoint !== 'string') return [{ path, code: 'invalid_type', message: 'endpoint must be a string' }];
  const limit = LIMITS.webhookEndpoint;
  if (endpoint.length > limit.max) {
    return [{ path, code: 'too_long', limit: 'webhookEndpoint', message: `endpoint is ${endpoint.length} characters; LINE allows at most ${limit.max}` }];
  }
  const problem = urlProblem(endpoint, ['https']);
  return problem ? [{ path, code: 'invalid_format', message: problem }] : [];
}
