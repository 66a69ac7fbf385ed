import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import { stateKey, type StatesReadAhead, type Store } from "../../data/index.js";

/**
 * Loads (or creates) the user behind the update; updates without a sender are ignored. The chat's
 * session (stored under `sessionPrefix`) is read in the same statement and handed to the session's storage.
 */
export function loadUser(store: Store, readAhead: StatesReadAhead, sessionPrefix: string): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.from || ctx.from.is_bot) return;
    const session = ctx.chat ? { key: stateKey(sessionPrefix, ctx.chat.id.toString()), into: readAhead } : undefined;
    const identity = { telegramId: BigInt(ctx.from.id), ...(ctx.from.username ? { username: ctx.from.username } : {}) };
    try {
      ctx.user = await store.users.touch(identity, session);
      await next();
    } finally {
      // Not read by the session (the update ended before it): the next update reads it anew.
      if (session) readAhead.drop(session.key);
    }
  };
}
