import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("start", async (ctx) => {
    const name = ctx.from?.first_name ?? "";
    await ctx.reply(ctx.t("start-greeting", { name }));
  });
  return composer;
}
