// Personal data (152-ФЗ): /mydata sends everything the bot holds about the user as a file;
// /deletemydata (or withdrawing consent with /revokeconsent) erases it after confirmation.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { privacyButtons } from "../callback-data/buttons.js";
import { now } from "../clock.js";
import { sendFileOrOfferRetry } from "../files.js";
import { toJson } from "../../data/json.js";
import { myDataSections } from "../views/my-data.js";
import { myDataDocx } from "../render/my-data-docx.js";
import { erasePersonalData } from "../../usecases/erase-personal-data.js";

/** The readable document first, then the same data machine-readable. */
async function sendMyData(ctx: BotContext): Promise<void> {
  await sendFileOrOfferRetry(
    ctx,
    async () => {
      const readable = await myDataDocx(ctx.t("md-title"), await myDataSections(ctx));
      await ctx.replyWithDocument(new InputFile(readable, ctx.t("md-file-name")));
      const data = await ctx.deps.store.privacy.export(ctx.user.id);
      const file = Buffer.from(JSON.stringify(JSON.parse(toJson(data)), null, 2), "utf8");
      return ctx.replyWithDocument(new InputFile(file, ctx.t("md-json-name")), { caption: ctx.t("md-json-caption") });
    },
    privacyButtons.pack("sendFile"),
  );
}

async function askErase(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("pd-confirm"), privacyButtons.pack("erase")).row().text(ctx.t("pd-keep"), privacyButtons.pack("keep"));
  await ctx.reply(ctx.t("pd-ask"), { reply_markup: keyboard });
}

export function privacyFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("mydata", async (ctx) => {
    await ctx.reply(ctx.t("pd-export"));
    await sendMyData(ctx);
  });

  composer.command(["deletemydata", "revokeconsent"], askErase);

  composer.callbackQuery(privacyButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, privacyButtons);
    if (!press) return;
    await ctx.answerCallbackQuery();
    if (press.action === "sendFile") return sendMyData(ctx);
    if (press.action === "keep") return ctx.editMessageText(ctx.t("pd-kept"));
    await ctx.conversation.exitAll();
    await erasePersonalData(ctx.deps.store, { userId: ctx.user.id, telegramId: ctx.user.telegramId, at: now(ctx) });
    // The session itself is keyed by the chat: drop it rather than write it back.
    (ctx as { session: unknown }).session = null;
    await ctx.editMessageText(ctx.t("pd-erased"));
  });

  return composer;
}
