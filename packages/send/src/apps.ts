/**
 * LIFF apps (`liff.yml`) and module channels (`module.yml`, `module-attach.yml`): apps that open
 * inside LINE, and modules that take over a bot's chats.
 */
import type { liff, lineModule, moduleAttach } from '@linejsx/protocol';
import { data } from './calls.ts';
import { follow } from './pages.ts';
import type { Call } from './transport.ts';

/** `client.liff`. */
export interface LiffClient {
  /** Adds a LIFF app to the channel; returns its LIFF ID. */
  add(app: liff.AddLiffAppRequest): Promise<string>;
  list(): Promise<liff.LiffApp[]>;
  update(liffId: string, app: liff.UpdateLiffAppRequest): Promise<void>;
  delete(liffId: string): Promise<void>;
}

/** `client.module`. */
export interface ModuleClient {
  /** Detaches the module channel from a LINE Official Account (`botId`). */
  detach(botId: string): Promise<void>;
  /** Takes over a chat from the primary channel, for `ttl` seconds or until released. */
  acquireChatControl(chatId: string, options?: lineModule.AcquireChatControlRequest): Promise<void>;
  /** Hands a chat back to the primary channel. */
  releaseChatControl(chatId: string): Promise<void>;
  /** Every bot the module is attached to, following `next` tokens. */
  list(options?: { readonly limit?: number }): AsyncIterableIterator<lineModule.ModuleBot>;
  /**
   * Attaches the module to an account with the authorization code of its consent screen (on
   * manager.line.biz, with the module channel's ID and secret as Basic authentication).
   */
  attach(
    credentials: { readonly channelId: string; readonly channelSecret: string },
    request: Omit<moduleAttach.AttachModuleRequest, 'grant_type'>,
  ): Promise<moduleAttach.AttachModuleResponse>;
}

export function liffClient(call: Call): LiffClient {
  return {
    add: async (app) => (await data<liff.AddLiffAppResponse>(call('addLIFFApp', { body: app }))).liffId,
    list: async () => (await data<liff.GetAllLiffAppsResponse>(call('getAllLIFFApps'))).apps ?? [],
    async update(liffId, app) {
      await call('updateLIFFApp', { params: { liffId }, body: app });
    },
    async delete(liffId) {
      await call('deleteLIFFApp', { params: { liffId } });
    },
  };
}

export function moduleClient(call: Call): ModuleClient {
  return {
    async detach(botId) {
      await call('detachModule', { body: { botId } });
    },
    async acquireChatControl(chatId, options = {}) {
      await call('acquireChatControl', { params: { chatId }, body: options });
    },
    async releaseChatControl(chatId) {
      await call('releaseChatControl', { params: { chatId } });
    },
    list: (options = {}) =>
      follow(
        (start) => data<lineModule.GetModulesResponse>(call('getModules', { query: { start, limit: options.limit } })),
        (page) => page.bots,
      ),
    attach: ({ channelId, channelSecret }, request) =>
      data(
        call('attachModule', {
          authorization: `Basic ${Buffer.from(`${channelId}:${channelSecret}`).toString('base64')}`,
          form: { grant_type: 'authorization_code', ...(request as Record<string, string | undefined>) },
        }),
      ),
  };
}
