/**
 * The rich menu API (CONSTRAINTS.md §10) as `client.richMenu`: menus, their images, the default
 * menu, per-user menus and aliases. Everything LINE would refuse is refused here first: a menu
 * that breaks LINE's rules, an image of the wrong type, weight or pixel size, a malformed alias or
 * user ID. Menus are a `<RichMenu>` element or rich menu JSON.
 */
import { isElement, type LineNode, renderRichMenuWithOrigins } from '@linejsx/jsx';
import type { messagingApi, RichMenuAlias, RichMenuInfo } from '@linejsx/protocol';
import {
  assertValid,
  BULK_USERS,
  bulkUserIdIssues,
  type ComponentRef,
  type RichMenu,
  type RichMenuSize,
  refuse,
  richMenuAliasIdIssues,
  richMenuBatchRequestSchema,
  richMenuIdIssues,
  richMenuImageIssues,
  userIdParamIssues,
  validateRichMenu,
} from '@linejsx/schema';
import { checked, data } from './calls.ts';
import { contentOf, type MessageContent } from './content.ts';
import { LineApiError } from './errors.ts';
import type { Call } from './transport.ts';

/** Where rich menu JSON came from, so that LINE's `details[].property` can name the component. */
export interface RichMenuOrigins {
  /** The component that produced a JSON path of the menu (`areas[0].action.uri`); an element brings its own. */
  readonly componentAt?: (path: string) => ComponentRef | undefined;
}

/** `client.richMenu`. */
export interface RichMenuClient {
  /**
   * Creates a rich menu from a `<RichMenu>` element or rich menu JSON, after checking it with
   * `@linejsx/schema` and with LINE's validate endpoint; returns its ID. It shows nowhere until it
   * has an image and is the default or linked to users. LINE's 400 details name the component.
   */
  create(menu: LineNode | RichMenu, origins?: RichMenuOrigins): Promise<string>;
  /** Asks LINE to validate a rich menu object without creating it. */
  validate(menu: LineNode | RichMenu, origins?: RichMenuOrigins): Promise<void>;
  get(richMenuId: string): Promise<RichMenuInfo>;
  list(): Promise<RichMenuInfo[]>;
  /** Deletes a menu; users who had it linked see the default menu, if any. */
  delete(richMenuId: string): Promise<void>;
  /**
   * Uploads the menu's image (once: LINE can not replace it). The bytes must be a JPEG or PNG of
   * at most 1 MB, exactly the menu's size in pixels; the Content-Type is read from them. Pass the
   * menu (or its size) to save fetching it.
   */
  uploadImage(richMenuId: string, image: Uint8Array, menu?: { readonly size: RichMenuSize }): Promise<void>;
  /** Downloads the menu's image. */
  downloadImage(richMenuId: string): Promise<MessageContent>;
  /** Shows the menu to every user who has no menu of their own (it needs an image). */
  setDefault(richMenuId: string): Promise<void>;
  /** The default menu's ID, or undefined when there is none. */
  getDefault(): Promise<string | undefined>;
  cancelDefault(): Promise<void>;
  /** Shows the menu to one user (it needs an image). */
  link(userId: string, richMenuId: string): Promise<void>;
  /** Takes a user's own menu away; the default shows again. */
  unlink(userId: string): Promise<void>;
  /** The ID of the menu linked to a user, or undefined when the user has none of their own. */
  ofUser(userId: string): Promise<string | undefined>;
  /**
   * Links the menu to any number of users, 500 per request; LINE answers 202 and applies it within
   * seconds. No request for an empty list.
   */
  linkUsers(userIds: Iterable<string>, richMenuId: string): Promise<void>;
  /** Unlinks the menus of any number of users, 500 per request. */
  unlinkUsers(userIds: Iterable<string>): Promise<void>;
  /**
   * Changes the menus of many users at once (`link` from one menu to another, `unlink` from one,
   * `unlinkAll`); LINE answers 202 and works through it, 3 times an hour at most. Returns the
   * request ID to follow with `batchProgress`. A failed batch resumes under the same `resumeRequestKey`.
   */
  batch(operations: readonly messagingApi.RichMenuBatchOperation[], options?: { readonly resumeRequestKey?: string }): Promise<string>;
  /** Asks LINE whether a batch would be accepted (every menu exists, at most 1,000 operations), without running it. */
  validateBatch(
    operations: readonly messagingApi.RichMenuBatchOperation[],
    options?: { readonly resumeRequestKey?: string },
  ): Promise<void>;
  /** Where a batch is: `ongoing`, `succeeded` or `failed`. */
  batchProgress(requestId: string): Promise<messagingApi.RichMenuBatchProgressResponse>;
  /** Aliases: names that `richmenuswitch` actions switch to, each pointing at a menu. */
  readonly alias: {
    create(richMenuAliasId: string, richMenuId: string): Promise<void>;
    /** Points an existing alias at another menu. */
    update(richMenuAliasId: string, richMenuId: string): Promise<void>;
    get(richMenuAliasId: string): Promise<RichMenuAlias>;
    list(): Promise<RichMenuAlias[]>;
    delete(richMenuAliasId: string): Promise<void>;
  };
}

/**
 * A `<RichMenu>` element rendered, or rich menu JSON validated; either way, valid for LINE, or a
 * `LineValidationError` listing every problem.
 *
 * @example
 * const json = richMenuJson(<MainMenu />); // { size, selected, name, chatBarText, areas }
 */
export function richMenuJson(menu: LineNode | RichMenu): RichMenu {
  return preparedRichMenu(menu).json;
}

/** `richMenuJson`, with the element's map from JSON paths to components (or the one given for JSON). */
export function preparedRichMenu(menu: LineNode | RichMenu, origins: RichMenuOrigins = {}): { readonly json: RichMenu } & RichMenuOrigins {
  if (!isElement(menu)) return { json: assertValid(validateRichMenu(menu), 'the rich menu'), ...origins };
  const { menu: json, componentAt } = renderRichMenuWithOrigins(menu);
  return { json, componentAt };
}

/** undefined for a 404, the value otherwise: LINE answers 404 for "there is none". */
async function orNone<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof LineApiError && error.code === 'not_found') return undefined;
    throw error;
  }
}

function chunks(ids: Iterable<string>): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += BULK_USERS) out.push(unique.slice(i, i + BULK_USERS));
  return out;
}

/** The `richMenu` methods of a client, over its transport. */
export function richMenuClient(call: Call): RichMenuClient {
  const id = (richMenuId: string) => {
    refuse(richMenuIdIssues(richMenuId), 'the rich menu ID');
    return { richMenuId };
  };
  const user = (userId: string) => refuse(userIdParamIssues(userId), 'the user ID');
  const aliasId = (richMenuAliasId: string) => refuse(richMenuAliasIdIssues(richMenuAliasId), 'the rich menu alias');

  const client: RichMenuClient = {
    async create(menu, origins) {
      const { json: body, componentAt } = preparedRichMenu(menu, origins);
      await call('validateRichMenuObject', { body, componentAt });
      return (await call<{ richMenuId: string }>('createRichMenu', { body, componentAt })).data.richMenuId;
    },
    async validate(menu, origins) {
      const { json: body, componentAt } = preparedRichMenu(menu, origins);
      await call('validateRichMenuObject', { body, componentAt });
    },
    get: async (richMenuId) => (await call<RichMenuInfo>('getRichMenu', { params: id(richMenuId) })).data,
    list: async () => (await call<{ richmenus: RichMenuInfo[] }>('getRichMenuList')).data.richmenus,
    async delete(richMenuId) {
      await call('deleteRichMenu', { params: id(richMenuId) });
    },

    async uploadImage(richMenuId, image, menu) {
      const params = id(richMenuId);
      if (!(image instanceof Uint8Array)) throw new TypeError('the image must be the bytes of a JPEG or PNG (a Uint8Array or Buffer)');
      const { size } = menu ?? (await client.get(richMenuId));
      const { header, issues } = richMenuImageIssues(image, size);
      refuse(issues, 'the rich menu image');
      await call('setRichMenuImage', { params, bytes: { data: image, contentType: header!.type } });
    },
    downloadImage: async (richMenuId) => contentOf(await call('getRichMenuImage', { params: id(richMenuId), stream: true })),

    async setDefault(richMenuId) {
      await call('setDefaultRichMenu', { params: id(richMenuId) });
    },
    getDefault: async () => (await orNone(call<{ richMenuId: string }>('getDefaultRichMenuId')))?.data.richMenuId,
    async cancelDefault() {
      await call('cancelDefaultRichMenu');
    },

    async link(userId, richMenuId) {
      user(userId);
      await call('linkRichMenuIdToUser', { params: { userId, ...id(richMenuId) } });
    },
    async unlink(userId) {
      user(userId);
      await call('unlinkRichMenuIdFromUser', { params: { userId } });
    },
    async ofUser(userId) {
      user(userId);
      return (await orNone(call<{ richMenuId: string }>('getRichMenuIdOfUser', { params: { userId } })))?.data.richMenuId;
    },
    async linkUsers(userIds, richMenuId) {
      const { richMenuId: menu } = id(richMenuId);
      const batches = chunks(userIds);
      for (const batch of batches) refuse(bulkUserIdIssues(batch), 'the user IDs');
      for (const batch of batches) await call('linkRichMenuIdToUsers', { body: { richMenuId: menu, userIds: batch } });
    },
    async unlinkUsers(userIds) {
      const batches = chunks(userIds);
      for (const batch of batches) refuse(bulkUserIdIssues(batch), 'the user IDs');
      for (const batch of batches) await call('unlinkRichMenuIdFromUsers', { body: { userIds: batch } });
    },

    async batch(operations, options = {}) {
      const body = checked(richMenuBatchRequestSchema, { operations, ...options }, 'the rich menu batch');
      return (await call('richMenuBatch', { body })).requestId ?? '';
    },
    async validateBatch(operations, options = {}) {
      await call('validateRichMenuBatchRequest', {
        body: checked(richMenuBatchRequestSchema, { operations, ...options }, 'the rich menu batch'),
      });
    },
    batchProgress: (requestId) => data(call('getRichMenuBatchProgress', { query: { requestId } })),

    alias: {
      async create(richMenuAliasId, richMenuId) {
        aliasId(richMenuAliasId);
        await call('createRichMenuAlias', { body: { richMenuAliasId, ...id(richMenuId) } });
      },
      async update(richMenuAliasId, richMenuId) {
        aliasId(richMenuAliasId);
        await call('updateRichMenuAlias', { params: { richMenuAliasId }, body: id(richMenuId) });
      },
      async get(richMenuAliasId) {
        aliasId(richMenuAliasId);
        return (await call<RichMenuAlias>('getRichMenuAlias', { params: { richMenuAliasId } })).data;
      },
      list: async () => (await call<{ aliases: RichMenuAlias[] }>('getRichMenuAliasList')).data.aliases,
      async delete(richMenuAliasId) {
        aliasId(richMenuAliasId);
        await call('deleteRichMenuAlias', { params: { richMenuAliasId } });
      },
    },
  };
  return client;
}
