/**
 * The emulated LINE account: its bot profile, followers and groups. IDs are deterministic (the
 * same options give the same IDs on every run) and have LINE's shapes (`U`/`C` and 32 hex digits).
 */
import { createHash } from 'node:crypto';
import type { BotInfo, GroupSummary, UserProfile } from '@linejsx/protocol';

export interface GroupOptions {
  readonly name: string;
  /** Members, taken from the followers in order (default 5). */
  readonly members?: number;
}

export interface EmulatedGroup extends GroupSummary {
  readonly memberIds: readonly string[];
}

export interface RoomOptions {
  /** Members, taken from the followers in order (default 3). */
  readonly members?: number;
}

/** A multi-person chat (rooms have no name or picture). */
export interface EmulatedRoom {
  readonly roomId: string;
  readonly memberIds: readonly string[];
}

/** Demographic attributes of a follower, for the insight endpoints. */
export interface Demographic {
  readonly gender: 'male' | 'female' | 'unknown';
  readonly age: string;
  readonly area: string;
  readonly appType: 'ios' | 'android' | 'others';
  readonly subscriptionPeriod: string;
}

/**
 * A LINE-shaped ID: `prefix` and 32 hex digits derived from `seed`, the same on every run.
 *
 * @example
 * emulatedId('U', 'user:0'); // the emulator's first follower
 */
export function emulatedId(prefix: 'U' | 'C' | 'R', seed: string): string {
  return prefix + createHash('md5').update(`linejsx-emulator:${seed}`).digest('hex');
}

const NAMES = ['Aiko', 'Haruto', 'Somchai', 'Mei', 'Budi', 'Yuki', 'Ploy', 'Chen', 'Sari', 'Ren', 'Nanami', 'Kai'];
const LANGUAGES = ['ja', 'en', 'th', 'zh-TW', 'id'];
const AGES = ['from15to19', 'from20to24', 'from25to29', 'from30to34', 'from35to39', 'from40to44', 'from45to49', 'from50'];
const AREAS = ['東京', '大阪', '北海道', '福岡', '愛知'];
const PERIODS = ['within7days', 'within30days', 'within90days', 'within180days', 'within365days', 'over365days'];

export class World {
  readonly bot: BotInfo;
  readonly followers: readonly string[];
  readonly groups: readonly EmulatedGroup[];
  readonly rooms: readonly EmulatedRoom[];
  private readonly index = new Map<string, number>();

  constructor(followers: number, groups: readonly GroupOptions[], bot: Partial<BotInfo>, rooms: readonly RoomOptions[] = []) {
    this.bot = {
      userId: emulatedId('U', 'bot'),
      basicId: '@linejsx',
      displayName: 'linejsx emulator',
      chatMode: 'bot',
      markAsReadMode: 'auto',
      ...bot,
    };
    this.followers = Array.from({ length: followers }, (_, i) => emulatedId('U', `user:${i}`));
    for (const [i, id] of this.followers.entries()) this.index.set(id, i);
    this.groups = groups.map((group, g) => ({
      groupId: emulatedId('C', `group:${g}`),
      groupName: group.name,
      pictureUrl: `https://profile.line-scdn.net/emulator/group-${g}`,
      memberIds: this.followers.slice(0, Math.min(group.members ?? 5, followers)),
    }));
    this.rooms = rooms.map((room, r) => ({
      roomId: emulatedId('R', `room:${r}`),
      memberIds: this.followers.slice(0, Math.min(room.members ?? 3, followers)),
    }));
  }

  isFollower(userId: string): boolean {
    return this.index.has(userId);
  }

  /** How many people a chat is: a group's or room's members, or one user. */
  audience(chatId: string): number {
    return (this.group(chatId) ?? this.room(chatId))?.memberIds.length ?? 1;
  }

  room(roomId: string): EmulatedRoom | undefined {
    return this.rooms.find((r) => r.roomId === roomId);
  }

  group(groupId: string): EmulatedGroup | undefined {
    return this.groups.find((g) => g.groupId === groupId);
  }

  /** The profile of a follower, or undefined for anyone else. */
  profile(userId: string): UserProfile | undefined {
    const i = this.index.get(userId);
    if (i === undefined) return undefined;
    return {
      userId,
      displayName: `${NAMES[i % NAMES.length]} ${i + 1}`,
      pictureUrl: `https://profile.line-scdn.net/emulator/user-${i}`,
      // Like LINE, leave out what a user has not set.
      ...(i % 3 === 0 ? { statusMessage: 'Hello, LINE!' } : {}),
      language: LANGUAGES[i % LANGUAGES.length]!,
    };
  }

  demographic(userId: string): Demographic {
    const i = this.index.get(userId) ?? 0;
    return {
      gender: (['male', 'female', 'unknown'] as const)[i % 3]!,
      age: AGES[i % AGES.length]!,
      area: AREAS[i % AREAS.length]!,
      appType: (['ios', 'android', 'ios', 'others'] as const)[i % 4]!,
      subscriptionPeriod: PERIODS[i % PERIODS.length]!,
    };
  }
}
