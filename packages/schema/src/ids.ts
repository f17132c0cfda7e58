/** The shapes of LINE's IDs (`R#get-profile`, `webhook.yml` `CallbackRequest.destination`). */

/** A user ID: `U` and 32 lowercase hex digits. */
export const USER_ID = /^U[0-9a-f]{32}$/;
/** A user, group (`C…`) or room (`R…`) ID: anything a push can go to. */
export const CHAT_ID = /^[UCR][0-9a-f]{32}$/;
/** A retry key: a UUID in hex form (`R#retry-api-request`). */
export const RETRY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
