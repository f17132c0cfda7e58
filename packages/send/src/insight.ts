/**
 * Insight (`insight.yml`, 60 requests an hour each): deliveries, followers and demographics, how
 * users interacted with a broadcast or narrowcast, statistics per aggregation unit, and rich menu
 * impressions and clicks. Dates are a `Date` (taken in UTC+9) or `yyyyMMdd`.
 */
import {
  type FollowerDemographics,
  type FollowerStatistics,
  type insight,
  type LineDate,
  lineDate,
  type MessageDeliveries,
} from '@linejsx/protocol';
import { data } from './calls.ts';
import type { Call } from './transport.ts';

/** `client.insight`. */
export interface InsightClient {
  /** Messages delivered on a day, by kind (`GetNumberOfMessageDeliveriesResponse`). */
  messageDeliveries(date: LineDate): Promise<MessageDeliveries>;
  /** Friends, targeted reaches and blocks as of a day (today by default). */
  followers(date?: LineDate): Promise<FollowerStatistics>;
  /** Percentages of friends by gender, age, area, app and friendship length. */
  demographic(): Promise<FollowerDemographics>;
  /** How users interacted with a broadcast or narrowcast, by its request ID: deliveries, opens, clicks per bubble and URL. */
  messageEvent(requestId: string): Promise<insight.GetMessageEventResponse>;
  /** The same for the pushes and multicasts of an aggregation unit, over days `from` to `to` (at most 30). */
  statisticsPerUnit(customAggregationUnit: string, from: LineDate, to: LineDate): Promise<insight.GetStatisticsPerUnitResponse>;
  /** Impressions and clicks of a rich menu's areas over days `from` to `to`. */
  richMenuSummary(richMenuId: string, from: LineDate, to: LineDate): Promise<insight.GetRichMenuInsightSummaryResponse>;
  /** The same per day. */
  richMenuDaily(richMenuId: string, from: LineDate, to: LineDate): Promise<insight.GetRichMenuInsightDailyResponse>;
}

export function insightClient(call: Call): InsightClient {
  const span = (from: LineDate, to: LineDate) => ({ from: lineDate(from), to: lineDate(to) });
  return {
    messageDeliveries: (date) => data(call('getNumberOfMessageDeliveries', { query: { date: lineDate(date) } })),
    followers: (date) => data(call('getNumberOfFollowers', { query: { date: date === undefined ? undefined : lineDate(date) } })),
    demographic: () => data(call('getFriendsDemographics')),
    messageEvent: (requestId) => data(call('getMessageEvent', { query: { requestId } })),
    statisticsPerUnit: (customAggregationUnit, from, to) =>
      data(call('getStatisticsPerUnit', { query: { customAggregationUnit, ...span(from, to) } })),
    richMenuSummary: (richMenuId, from, to) => data(call('getRichMenuInsightSummary', { params: { richMenuId }, query: span(from, to) })),
    richMenuDaily: (richMenuId, from, to) => data(call('getRichMenuInsightDaily', { params: { richMenuId }, query: span(from, to) })),
  };
}
