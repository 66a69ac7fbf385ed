import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { Store } from "../../data/index.js";

/** Loads (or creates) the user behind the update; updates without a sender are ignored. */
export function loadUser(store: Store): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.from || ctx.from.is_bot) return;
    ctx.user = await store.users.touch({
      telegramId: BigInt(ctx.from.id),
      ...(ctx.from.username ? { username: ctx.from.username } : {}),
    });
    await next();
  };
}
