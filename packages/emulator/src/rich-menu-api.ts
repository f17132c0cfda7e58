/**
 * The rich menu endpoints as LINE answers them (CONSTRAINTS.md §10): at most 1,000 menus and
 * 1,000 aliases, an image that can not be replaced and must be a JPEG or PNG of at most 1 MB with
 * the menu's pixel size, a default menu and per-user links that need an image, bulk links applied
 * after the 202, aliases unique per channel. Bodies were checked before (`requests.ts`).
 */
import { randomBytes } from 'node:crypto';
import type { messagingApi, OperationId, RichMenuInfo } from '@linejsx/protocol';
import { LIMITS, readImageHeader, USER_ID } from '@linejsx/schema';
import { type Answer, type ErrorDetail, invalidBody, lineError } from './answers.ts';
import { type Handler, type HandlerContext, isAnswer, notFound, ok } from './handler.ts';
import type { Store, StoredContent } from './store.ts';

/** Menus and aliases a channel may have (`R#create-rich-menu`, `R#create-rich-menu-alias`). */
export const MAX_RICH_MENUS = 1000;
export const MAX_ALIASES = 1000;

/** How long after its 202 a bulk link or unlink takes effect (LINE: "within seconds"). */
export const BULK_DELAY = 20;

// The emulator's words; LINE documents the status codes but not these messages.
export const RICH_MENU_MESSAGES = {
  tooMany: `The number of rich menus has reached its limit (${MAX_RICH_MENUS})`,
  notFound: 'Not found: no rich menu with this ID',
  noImage: 'must upload richmenu image before applying it to user',
  imageExists: 'An image has already been uploaded to the richmenu; it can not be replaced (create a new rich menu)',
  imageTooLarge: 'The image exceeds 1 MB',
  noImageToDownload: 'Not found: the rich menu has no image',
  noDefault: 'Not found: no default rich menu is set',
  noUserMenu: 'Not found: no rich menu is linked to this user',
  aliasExists: 'conflict: richmenu alias id already exists',
  aliasMissing: 'The rich menu alias does not exist',
  tooManyAliases: `The number of rich menu aliases has reached its limit (${MAX_ALIASES})`,
} as const;

/** The menu of the request's `richMenuId` (path or body), or the answer to give instead. */
function menuOf(ctx: HandlerContext, id = ctx.params.richMenuId ?? (ctx.body.richMenuId as string)): RichMenuInfo | Answer {
  return ctx.store.richMenus.get(id) ?? lineError(404, RICH_MENU_MESSAGES.notFound);
}

/** The menu if it exists and has an image, as showing it to users needs (`R#set-default-rich-menu`). */
function shownMenu(ctx: HandlerContext): RichMenuInfo | Answer {
  const menu = menuOf(ctx);
  if ('status' in menu) return menu;
  return ctx.store.richMenuImages.has(menu.richMenuId) ? menu : lineError(400, RICH_MENU_MESSAGES.noImage);
}

function upload(ctx: HandlerContext): Answer {
  const menu = menuOf(ctx);
  if (isAnswer(menu)) return menu;
  if (ctx.raw.length > LIMITS.richMenuImageBytes.max) return lineError(413, RICH_MENU_MESSAGES.imageTooLarge);
  if (ctx.store.richMenuImages.has(menu.richMenuId)) return lineError(400, RICH_MENU_MESSAGES.imageExists);
  const header = readImageHeader(ctx.raw);
  if (typeof header === 'string') return lineError(400, 'The image could not be read', [{ message: header, property: 'image' }]);
  if (header.type !== ctx.contentType) {
    return lineError(400, 'The image does not match its Content-Type', [
      { message: `the body is ${header.type} but Content-Type says ${ctx.contentType}`, property: 'image' },
    ]);
  }
  const { width, height } = menu.size;
  if (header.width !== width || header.height !== height) {
    return lineError(400, 'The image size does not match the rich menu size', [
      { message: `the image is ${header.width}x${header.height}; the menu is ${width}x${height}`, property: 'image' },
    ]);
  }
  ctx.store.richMenuImages.set(menu.richMenuId, { data: ctx.raw, contentType: header.type });
  return ok();
}

function link(ctx: HandlerContext): Answer {
  const userId = ctx.params.userId!;
  if (!USER_ID.test(userId)) return lineError(400, `Invalid user ID: ${userId}`);
  const menu = shownMenu(ctx);
  if (isAnswer(menu)) return menu;
  ctx.store.userRichMenus.set(userId, menu.richMenuId);
  return ok();
}

function aliasTarget(ctx: HandlerContext): RichMenuInfo | Answer {
  const menu = menuOf(ctx);
  return isAnswer(menu)
    ? lineError(400, 'The rich menu of the alias does not exist', [{ message: 'no rich menu with this ID', property: 'richMenuId' }])
    : menu;
}

/** What LINE checks of a batch besides its form (`requests.ts`): every menu it names exists. */
function batchProblems(ctx: HandlerContext): ErrorDetail[] {
  const operations = ctx.body.operations as messagingApi.RichMenuBatchOperation[];
  const problems: ErrorDetail[] = [];
  for (const [i, operation] of operations.entries()) {
    for (const key of ['from', 'to'] as const) {
      const id = (operation as { from?: string; to?: string })[key];
      if (id !== undefined && !ctx.store.richMenus.has(id))
        problems.push({ property: `operations[${i}].${key}`, message: `no rich menu ${id} in this channel` });
    }
  }
  return problems;
}

/** One batch operation on the per-user links: `link` moves users from one menu to another, `unlink` and `unlinkAll` take menus away. */
function applyBatchOperation(store: Store, operation: messagingApi.RichMenuBatchOperation): void {
  for (const [user, menu] of store.userRichMenus) {
    if (operation.type === 'unlinkAll') store.userRichMenus.delete(user);
    else if (menu !== operation.from) continue;
    else if (operation.type === 'link') store.userRichMenus.set(user, operation.to!);
    else store.userRichMenus.delete(user);
  }
}

export const RICH_MENU_HANDLERS = {
  createRichMenu(ctx) {
    if (ctx.store.richMenus.size >= MAX_RICH_MENUS) return lineError(400, RICH_MENU_MESSAGES.tooMany);
    const richMenuId = `richmenu-${randomBytes(16).toString('hex')}`;
    ctx.store.richMenus.set(richMenuId, { richMenuId, ...(ctx.body as Omit<RichMenuInfo, 'richMenuId'>) });
    return ok({ richMenuId });
  },
  validateRichMenuObject: () => ok(),
  getRichMenuList: (ctx) => ok({ richmenus: [...ctx.store.richMenus.values()] }),
  getRichMenu(ctx) {
    const menu = menuOf(ctx);
    return isAnswer(menu) ? menu : ok(menu);
  },
  deleteRichMenu(ctx) {
    const id = ctx.params.richMenuId!;
    const { store } = ctx;
    if (!store.richMenus.delete(id)) return lineError(404, RICH_MENU_MESSAGES.notFound);
    // Users see the default menu again; aliases are left as they are (LINE does not say it removes them).
    store.richMenuImages.delete(id);
    if (store.defaultRichMenu === id) store.defaultRichMenu = undefined;
    for (const [user, menu] of store.userRichMenus) if (menu === id) store.userRichMenus.delete(user);
    return ok();
  },
  setRichMenuImage: upload,
  getRichMenuImage(ctx) {
    const menu = menuOf(ctx);
    if (isAnswer(menu)) return menu;
    const image = ctx.store.richMenuImages.get(menu.richMenuId);
    return image ? { status: 200, raw: image } : lineError(404, RICH_MENU_MESSAGES.noImageToDownload);
  },

  setDefaultRichMenu(ctx) {
    const menu = shownMenu(ctx);
    if (isAnswer(menu)) return menu;
    ctx.store.defaultRichMenu = menu.richMenuId;
    return ok();
  },
  getDefaultRichMenuId: (ctx) =>
    ctx.store.defaultRichMenu ? ok({ richMenuId: ctx.store.defaultRichMenu }) : lineError(404, RICH_MENU_MESSAGES.noDefault),
  cancelDefaultRichMenu(ctx) {
    ctx.store.defaultRichMenu = undefined;
    return ok();
  },

  linkRichMenuIdToUser: link,
  getRichMenuIdOfUser(ctx) {
    const id = ctx.store.userRichMenus.get(ctx.params.userId!);
    return id ? ok({ richMenuId: id }) : lineError(404, RICH_MENU_MESSAGES.noUserMenu);
  },
  unlinkRichMenuIdFromUser(ctx) {
    const userId = ctx.params.userId!;
    if (!USER_ID.test(userId)) return lineError(400, `Invalid user ID: ${userId}`);
    ctx.store.userRichMenus.delete(userId);
    return ok();
  },
  linkRichMenuIdToUsers(ctx) {
    const menu = shownMenu(ctx);
    if (isAnswer(menu)) return menu;
    const { store } = ctx;
    const users = ctx.body.userIds as string[];
    // Accepted now, applied a moment later, as LINE does (202).
    ctx.later(BULK_DELAY, () => {
      if (store.richMenus.has(menu.richMenuId)) for (const user of users) store.userRichMenus.set(user, menu.richMenuId);
    });
    return ok({}, 202);
  },
  unlinkRichMenuIdFromUsers(ctx) {
    const { store } = ctx;
    const users = ctx.body.userIds as string[];
    ctx.later(BULK_DELAY, () => {
      for (const user of users) store.userRichMenus.delete(user);
    });
    return ok({}, 202);
  },

  createRichMenuAlias(ctx) {
    const { richMenuAliasId, richMenuId } = ctx.body as { richMenuAliasId: string; richMenuId: string };
    const { richMenuAliases } = ctx.store;
    if (richMenuAliases.has(richMenuAliasId)) return lineError(400, RICH_MENU_MESSAGES.aliasExists);
    if (richMenuAliases.size >= MAX_ALIASES) return lineError(400, RICH_MENU_MESSAGES.tooManyAliases);
    const menu = aliasTarget(ctx);
    if (isAnswer(menu)) return menu;
    richMenuAliases.set(richMenuAliasId, richMenuId);
    return ok();
  },
  updateRichMenuAlias(ctx) {
    const aliasId = ctx.params.richMenuAliasId!;
    if (!ctx.store.richMenuAliases.has(aliasId)) return lineError(400, RICH_MENU_MESSAGES.aliasMissing);
    const menu = aliasTarget(ctx);
    if (isAnswer(menu)) return menu;
    ctx.store.richMenuAliases.set(aliasId, menu.richMenuId);
    return ok();
  },
  getRichMenuAlias(ctx) {
    const aliasId = ctx.params.richMenuAliasId!;
    const richMenuId = ctx.store.richMenuAliases.get(aliasId);
    return richMenuId ? ok({ richMenuAliasId: aliasId, richMenuId }) : lineError(404, `Not found: ${RICH_MENU_MESSAGES.aliasMissing}`);
  },
  getRichMenuAliasList: (ctx) =>
    ok({ aliases: [...ctx.store.richMenuAliases].map(([richMenuAliasId, richMenuId]) => ({ richMenuAliasId, richMenuId })) }),
  deleteRichMenuAlias(ctx) {
    return ctx.store.richMenuAliases.delete(ctx.params.richMenuAliasId!) ? ok() : lineError(400, RICH_MENU_MESSAGES.aliasMissing);
  },

  validateRichMenuBatchRequest(ctx) {
    const problems = batchProblems(ctx);
    return problems.length ? invalidBody(problems) : ok();
  },
  richMenuBatch(ctx) {
    const problems = batchProblems(ctx);
    if (problems.length) return invalidBody(problems);
    const { store } = ctx;
    const progress: messagingApi.RichMenuBatchProgressResponse = { phase: 'ongoing', acceptedTime: new Date(ctx.now).toISOString() };
    store.richMenuBatches.set(ctx.requestId, progress);
    const operations = ctx.body.operations as messagingApi.RichMenuBatchOperation[];
    // Accepted now, worked through a moment later, as LINE does (202).
    ctx.later(BULK_DELAY, () => {
      for (const operation of operations) applyBatchOperation(store, operation);
      store.richMenuBatches.set(ctx.requestId, { ...progress, phase: 'succeeded', completedTime: new Date().toISOString() });
    });
    return ok({}, 202);
  },
  getRichMenuBatchProgress(ctx) {
    const progress = ctx.store.richMenuBatches.get(ctx.query.get('requestId') ?? '');
    return progress ? ok(progress) : notFound('no rich menu batch with this requestId');
  },
} satisfies Partial<Record<OperationId, Handler>>;

/** The rich menu a user sees in the emulated LINE app. */
export interface ShownRichMenu {
  readonly menu: RichMenuInfo;
  readonly image: StoredContent | undefined;
  /** `linked` to the user, or the channel's `default`. */
  readonly via: 'linked' | 'default';
}

/** The menu linked to the user, else the default menu, else none. */
export function shownRichMenu(store: Store, userId: string): ShownRichMenu | undefined {
  const linked = store.userRichMenus.get(userId);
  const id = linked ?? store.defaultRichMenu;
  const menu = id === undefined ? undefined : store.richMenus.get(id);
  return menu && { menu, image: store.richMenuImages.get(menu.richMenuId), via: linked ? 'linked' : 'default' };
}

/** Every rich menu (and whether it has an image), the default, the per-user links and the aliases. */
export interface RichMenuState {
  readonly menus: ReadonlyArray<RichMenuInfo & { readonly image?: { readonly contentType: string; readonly bytes: number } }>;
  readonly defaultRichMenuId: string | undefined;
  /** User ID -> rich menu ID. */
  readonly links: Readonly<Record<string, string>>;
  /** Alias ID -> rich menu ID. */
  readonly aliases: Readonly<Record<string, string>>;
}

export function richMenuState(store: Store): RichMenuState {
  return {
    menus: [...store.richMenus.values()].map((menu) => {
      const image = store.richMenuImages.get(menu.richMenuId);
      return image ? { ...menu, image: { contentType: image.contentType, bytes: image.data.length } } : menu;
    }),
    defaultRichMenuId: store.defaultRichMenu,
    links: Object.fromEntries(store.userRichMenus),
    aliases: Object.fromEntries(store.richMenuAliases),
  };
}
