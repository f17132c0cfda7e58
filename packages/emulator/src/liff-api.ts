/** LIFF apps (`liff.yml`): the channel's apps, added, listed, updated and deleted (at most 30, `R#add-liff-app`). */
import { randomBytes } from 'node:crypto';
import type { liff, OperationId } from '@linejsx/protocol';
import { lineError } from './answers.ts';
import { type Handler, notFound, ok } from './handler.ts';

/** LIFF apps a channel may have. */
export const MAX_LIFF_APPS = 30;

export const LIFF_HANDLERS = {
  addLIFFApp(ctx) {
    const app = ctx.body as unknown as liff.AddLiffAppRequest;
    if (!app.view || typeof app.view.type !== 'string' || typeof app.view.url !== 'string')
      return lineError(400, 'The request body has 1 error(s)', [{ message: 'view.type and view.url are required', property: 'view' }]);
    if (ctx.store.liffApps.size >= MAX_LIFF_APPS) return lineError(400, `A channel can have at most ${MAX_LIFF_APPS} LIFF apps`);
    const liffId = `${ctx.channel.channelId}-${randomBytes(4).toString('hex')}`;
    ctx.store.liffApps.set(liffId, { liffId, ...app });
    return ok({ liffId });
  },
  getAllLIFFApps: (ctx) =>
    ctx.store.liffApps.size ? ok({ apps: [...ctx.store.liffApps.values()] }) : notFound('the channel has no LIFF apps'),
  updateLIFFApp(ctx) {
    const liffId = ctx.params.liffId!;
    const app = ctx.store.liffApps.get(liffId);
    if (!app) return notFound('no LIFF app with this ID');
    const update = ctx.body as liff.UpdateLiffAppRequest;
    ctx.store.liffApps.set(liffId, { ...app, ...update, view: { ...app.view, ...update.view } as liff.LiffView });
    return ok();
  },
  deleteLIFFApp: (ctx) => (ctx.store.liffApps.delete(ctx.params.liffId!) ? ok() : notFound('no LIFF app with this ID')),
} satisfies Partial<Record<OperationId, Handler>>;
