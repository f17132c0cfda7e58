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

/** The operations of a group's or a room's members, and of leaving it. */
const MEMBERS = {
  group: { count: 'getGroupMemberCount', profile: 'getGroupMemberProfile', ids: 'getGroupMembersIds', leave: 'leaveGroup' },
  room: { count: 'getRoomMemberCount', profile: 'getRoomMemberProfile', ids: 'getRoomMembersIds', leave: 'leaveRoom' },
} as const;

/** What groups and rooms both have: members (count, IDs, profiles), and leaving. */
function members(call: Call, kind: keyof typeof MEMBERS): RoomClient {
  const ops = MEMBERS[kind];
  const id = (chatId: string) => ({ [`${kind}Id`]: chatId });
  return {
    memberCount: async (chatId) => (await data<{ count: number }>(call(ops.count, { params: id(chatId) }))).count,
    memberProfile: (chatId, userId) => data(call(ops.profile, { params: { ...id(chatId), userId } })),
    memberIds: (chatId) =>
      follow(
        (start) => data<MemberIdsPage>(call(ops.ids, { params: id(chatId), query: { start } })),
        (page) => page.memberIds,
      ),
    async leave(chatId) {
      await call(ops.leave, { params: id(chatId) });
    },
  };
}

export function groupClient(call: Call): GroupClient {
  return { ...members(call, 'group'), summary: (groupId) => data(call('getGroupSummary', { params: { groupId } })) };
}

export function roomClient(call: Call): RoomClient {
  return members(call, 'room');
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
