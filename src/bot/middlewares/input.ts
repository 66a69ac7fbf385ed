import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/** A command ends any wait for typed input: the user has moved on (what they typed before is saved). */
export function commandLeavesInput(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const entity = ctx.message?.entities?.[0];
    if (entity?.type === "bot_command" && entity.offset === 0) ctx.session.awaiting = undefined;
    await next();
  };
}
