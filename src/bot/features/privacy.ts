// Personal data (152-ФЗ): /mydata sends everything the bot holds about the user as a file;
// /deletemydata (or withdrawing consent with /revokeconsent) erases it after confirmation.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import type { BotContext } from "../context.js";
import { callbackData, callbackPattern, parseCallback } from "../callbacks.js";
import { now, refuseCallback } from "../helpers.js";
import { sendFileOrOfferRetry } from "../files.js";
import { toJson } from "../../data/json.js";

const NS = "pd";

async function sendMyData(ctx: BotContext): Promise<void> {
  await sendFileOrOfferRetry(
    ctx,
    async () => {
      const data = await ctx.deps.store.privacy.export(ctx.user.id);
      const file = Buffer.from(JSON.stringify(JSON.parse(toJson(data)), null, 2), "utf8");
      return ctx.replyWithDocument(new InputFile(file, "my-data.json"));
    },
    callbackData(NS, "file"),
  );
}

async function askErase(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("pd-confirm"), callbackData(NS, "yes")).row().text(ctx.t("pd-keep"), callbackData(NS, "no"));
  await ctx.reply(ctx.t("pd-ask"), { reply_markup: keyboard });
}

export function privacyFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("mydata", async (ctx) => {
    await ctx.reply(ctx.t("pd-export"));
    await sendMyData(ctx);
  });

  composer.command(["deletemydata", "revokeconsent"], askErase);

  composer.callbackQuery(callbackPattern(NS), async (ctx) => {
    const parsed = parseCallback(NS, z.tuple([z.enum(["yes", "no", "file"])]), ctx.callbackQuery.data);
    if (!parsed) return refuseCallback(ctx);
    await ctx.answerCallbackQuery();
    if (parsed[0] === "file") return sendMyData(ctx);
    if (parsed[0] === "no") return ctx.editMessageText(ctx.t("pd-kept"));
    await ctx.conversation.exitAll();
    await ctx.deps.store.privacy.erase(ctx.user.id, ctx.user.telegramId);
    await ctx.deps.store.audit.record({ action: "personal_data_erased" }, now(ctx));
    // The session itself is keyed by the chat: drop it rather than write it back.
    (ctx as { session: unknown }).session = null;
    await ctx.editMessageText(ctx.t("pd-erased"));
  });

  return composer;
}
