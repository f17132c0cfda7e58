/**
 * Groups, rooms and one-to-one chats: summaries, members, leaving, the loading animation and
 * marking messages as read (`R#group`, `R#room`, `R#display-a-loading-indicator`, `R#mark-as-read`).
 */
import type { GroupMemberProfile, GroupSummary, MemberIdsPage, messagingApi } from '@linejsx/protocol';
import { loadingAnimationRequestSchema, markAsReadByTokenRequestSchema, markAsReadRequestSchema } from '@linejsx/schema';
import { checked, data } from './calls.ts';
import { follow } from './pages.ts';
import type { Call } from './transport.ts';

/** `client.group`. */
export interface GroupClient {
  summary(groupId: string): Promise<GroupSummary>;
  memberCount(groupId: string): Promise<number>;
  memberProfile(groupId: string, userId: string): Promise<GroupMemberProfile>;
  /** Every member's user ID, following `next` tokens (100 per page). */
  memberIds(groupId: string): AsyncIterableIterator<string>;
  /** The bot leaves the group. */
  leave(groupId: string): Promise<void>;
}

/** `client.room`: multi-person chats (rooms have no summary). */
export interface RoomClient {
  memberCount(roomId: string): Promise<number>;
  memberProfile(roomId: string, userId: string): Promise<messagingApi.RoomUserProfileResponse>;
  /** Every member's user ID, following `next` tokens. */
  memberIds(roomId: string): AsyncIterableIterator<string>;
  /** The bot leaves the room. */
  leave(roomId: string): Promise<void>;
}

/** `client.chat`: what the user sees in a one-to-one chat besides messages. */
export interface ChatClient {
  /**
   * Shows the loading animation in a user's chat until the bot's next message arrives or
   * `seconds` pass (5 to 60, in steps of 5; LINE's default is 20). One-to-one chats only.
   */
  showLoadingAnimation(userId: string, seconds?: number): Promise<void>;
  /** Marks every message the user sent as read (for a bot whose `markAsReadMode` is `manual`). */
  markAsRead(userId: string): Promise<void>;
  /** Marks messages as read with the `markAsReadToken` of a message event. */
  markAsReadByToken(markAsReadToken: string): Promise<void>;
}

export function groupClient(call: Call): GroupClient {
  return {
    summary: (groupId) => data(call('getGroupSummary', { params: { groupId } })),
    memberCount: async (groupId) => (await data<{ count: number }>(call('getGroupMemberCount', { params: { groupId } }))).count,
    memberProfile: (groupId, userId) => data(call('getGroupMemberProfile', { params: { groupId, userId } })),
    memberIds: (groupId) =>
      follow(
        (start) => data<MemberIdsPage>(call('getGroupMembersIds', { params: { groupId }, query: { start } })),
        (page) => page.memberIds,
      ),
    async leave(groupId) {
      await call('leaveGroup', { params: { groupId } });
    },
  };
}

export function roomClient(call: Call): RoomClient {
  return {
    memberCount: async (roomId) => (await data<{ count: number }>(call('getRoomMemberCount', { params: { roomId } }))).count,
    memberProfile: (roomId, userId) => data(call('getRoomMemberProfile', { params: { roomId, userId } })),
    memberIds: (roomId) =>
      follow(
        (start) => data<MemberIdsPage>(call('getRoomMembersIds', { params: { roomId }, query: { start } })),
        (page) => page.memberIds,
      ),
    async leave(roomId) {
      await call('leaveRoom', { params: { roomId } });
    },
  };
}

export function chatClient(call: Call): ChatClient {
  return {
    async showLoadingAnimation(chatId, loadingSeconds) {
      const body = checked(
        loadingAnimationRequestSchema,
        { chatId, ...(loadingSeconds === undefined ? {} : { loadingSeconds }) },
        'the loading animation',
      );
      await call('showLoadingAnimation', { body });
    },
    async markAsRead(userId) {
      await call('markMessagesAsRead', { body: checked(markAsReadRequestSchema, { chat: { userId } }, 'the mark-as-read request') });
    },
    async markAsReadByToken(markAsReadToken) {
      await call('markMessagesAsReadByToken', {
        body: checked(markAsReadByTokenRequestSchema, { markAsReadToken }, 'the mark-as-read request'),
      });
    },
  };
}
