/**
 * The operations the emulator does not emulate, and why: each answers LINE's 404 with the header
 * `x-linejsx-not-emulated: <operationId>` (`answers.ts`), never a 405. The emulator README lists
 * them with these reasons (`test/emulator/not-emulated.test.ts` keeps the two in step).
 */
import type { OperationId } from '@linejsx/protocol';

export const NOT_EMULATED = {
  pushMessagesByPhone: 'LINE notification messages go to a phone number LINE matches to a user, for approved corporate accounts',
  getMembershipSubscription: 'memberships are sold through LINE Official Account Manager; the emulated account has none',
  getMembershipList: 'memberships are sold through LINE Official Account Manager; the emulated account has none',
  getJoinedMembershipUsers: 'memberships are sold through LINE Official Account Manager; the emulated account has none',
  listCoupon:
    'coupons are LINE Official Account Manager features with rules of their own (lotteries, rewards, usage) the emulator does not model',
  createCoupon:
    'coupons are LINE Official Account Manager features with rules of their own (lotteries, rewards, usage) the emulator does not model',
  getCouponDetail:
    'coupons are LINE Official Account Manager features with rules of their own (lotteries, rewards, usage) the emulator does not model',
  closeCoupon:
    'coupons are LINE Official Account Manager features with rules of their own (lotteries, rewards, usage) the emulator does not model',
  getRichMenuInsightSummary: 'rich menu impressions and taps come from users of the LINE app; no one taps in the emulator',
  getRichMenuInsightDaily: 'rich menu impressions and taps come from users of the LINE app; no one taps in the emulator',
  detachModule: 'module channels are a LINE partner feature that needs a second, attached channel',
  acquireChatControl: 'module channels are a LINE partner feature that needs a second, attached channel',
  releaseChatControl: 'module channels are a LINE partner feature that needs a second, attached channel',
  getModules: 'module channels are a LINE partner feature that needs a second, attached channel',
  attachModule: 'module channels are a LINE partner feature; attaching one is an OAuth exchange on manager.line.biz',
  missionStickerV3: 'mission stickers are a LINE sticker-shop campaign feature for approved partners',
} as const satisfies Partial<Record<OperationId, string>>;
