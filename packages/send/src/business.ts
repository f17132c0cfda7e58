/**
 * What a LINE Official Account sells or offers: memberships (paid plans), coupons, LINE's mission
 * stickers (`shop.yml`), and messages by phone number (PNP, for approved corporate accounts).
 */
import type { messagingApi, shop } from '@linejsx/protocol';
import { data } from './calls.ts';
import { type MessagesInput, prepareMessages, requestJson } from './messages.ts';
import { follow } from './pages.ts';
import type { Call } from './transport.ts';

/** `client.membership`. */
export interface MembershipClient {
  /** The membership plans a user subscribes to. */
  subscription(userId: string): Promise<messagingApi.GetMembershipSubscriptionResponse>;
  /** The account's membership plans. */
  plans(): Promise<messagingApi.MembershipListResponse>;
  /** Every user who joined a plan, following `next` tokens. */
  users(membershipId: number): AsyncIterableIterator<string>;
}

/** `client.coupon`. */
export interface CouponClient {
  /** Creates a coupon; returns its ID. Send it with a coupon message (`{ type: 'coupon', couponId }`). */
  create(coupon: messagingApi.CouponCreateRequest): Promise<string>;
  /** Every coupon (ID and title), optionally by status, following `next` tokens. */
  list(options?: {
    readonly status?: ReadonlyArray<'DRAFT' | 'RUNNING' | 'CLOSED'>;
  }): AsyncIterableIterator<messagingApi.CouponListResponse>;
  get(couponId: string): Promise<messagingApi.CouponResponse>;
  /** Ends a coupon: users can no longer get or use it. */
  close(couponId: string): Promise<void>;
}

/** `client.pnp`: notification messages to a phone number (LINE notification messages, corporate accounts only). */
export interface PnpClient {
  /** Sends to the user with this phone number (E.164, hashed with SHA-256); `deliveryTag` comes back in the delivery webhook. */
  push(
    phoneHash: string,
    messages: MessagesInput,
    options?: { readonly notificationDisabled?: boolean; readonly deliveryTag?: string },
  ): Promise<void>;
}

/** `client.shop`. */
export interface ShopClient {
  /** Gives a user a mission sticker (`shop.yml` `missionStickerV3`). */
  missionSticker(request: shop.MissionStickerRequest): Promise<void>;
}

export function membershipClient(call: Call): MembershipClient {
  return {
    subscription: (userId) => data(call('getMembershipSubscription', { params: { userId } })),
    plans: () => data(call('getMembershipList')),
    users: (membershipId) =>
      follow(
        (start) =>
          data<messagingApi.GetJoinedMembershipUsersResponse>(
            call('getJoinedMembershipUsers', { params: { membershipId }, query: { start } }),
          ),
        (page) => page.userIds,
      ),
  };
}

export function couponClient(call: Call): CouponClient {
  return {
    create: async (coupon) => (await data<messagingApi.CouponCreateResponse>(call('createCoupon', { body: coupon }))).couponId,
    list: (options = {}) =>
      follow(
        (start) => data<messagingApi.MessagingApiPagerCouponListResponse>(call('listCoupon', { query: { status: options.status, start } })),
        (page) => page.items,
      ),
    get: (couponId) => data(call('getCouponDetail', { params: { couponId } })),
    async close(couponId) {
      await call('closeCoupon', { params: { couponId } });
    },
  };
}

export function pnpClient(call: Call): PnpClient {
  return {
    async push(to, messages, options = {}) {
      const prepared = prepareMessages(messages);
      await call('pushMessagesByPhone', {
        json: requestJson({ to, notificationDisabled: options.notificationDisabled }, prepared),
        componentAt: prepared.componentAt,
        ...(options.deliveryTag ? { headers: { 'x-line-delivery-tag': options.deliveryTag } } : {}),
      });
    },
  };
}

export function shopClient(call: Call): ShopClient {
  return {
    async missionSticker(request) {
      await call('missionStickerV3', { body: request });
    },
  };
}
