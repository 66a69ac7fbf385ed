import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** /cancel leaves any conversation; answers already given were saved as they came. */
export function cancelFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0 || ctx.session.awaiting !== undefined;
    await ctx.conversation.exitAll();
    ctx.session.awaiting = undefined;
    await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"));
  });
  return composer;
}
