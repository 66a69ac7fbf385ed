import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { inputButtons } from "../callback-data/buttons.js";
import { homeScreen } from "../views/home.js";
import { showScreen, withLead } from "../views/screen.js";

/** /cancel leaves any conversation; answers already given were saved as they came. */
export function cancelFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0 || ctx.session.awaiting !== undefined;
    await ctx.conversation.exitAll();
    ctx.session.awaiting = undefined;
    await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"));
  });
  // Cancel under a prompt: nothing typed is waited for any more, and nothing half-made is kept.
  composer.callbackQuery(inputButtons.filter, async (ctx) => {
    ctx.session.awaiting = undefined;
    await ctx.conversation.exitAll();
    await ctx.answerCallbackQuery({ text: ctx.t("input-cancelled") });
    // The prompt turns into the home screen, so that the next step is one press away.
    await showScreen(ctx, withLead(ctx.t("input-cancelled"), await homeScreen(ctx)));
  });
  return composer;
}
