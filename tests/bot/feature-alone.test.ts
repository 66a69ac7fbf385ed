// Features tested alone on a small bot with no network: the calls they make are recorded.
import { afterEach, describe, expect, it } from "vitest";
import { featureBot, type FeatureBot } from "../helpers/feature-bot.js";
import { languageFeature } from "../../src/bot/features/language.js";
import { correctionsFeature } from "../../src/bot/features/corrections.js";

const from = { id: 500_001, is_bot: false, first_name: "Анна", language_code: "ru" };
const chat = { id: 500_001, type: "private" as const, first_name: "Анна" };
const press = (data: string) => ({ callback_query: { id: "q1", from, chat_instance: "c", data, message: { message_id: 7, date: 0, chat } } });

describe("a feature alone", () => {
  let bot: FeatureBot | undefined;
  afterEach(async () => {
    await bot?.stop();
  });

  it("the language feature switches the interface and edits its own screen", async () => {
    bot = await featureBot(() => [languageFeature()]);
    const asked = await bot.handle({ message: { message_id: 1, date: 0, chat, from, text: "/language", entities: [{ type: "bot_command", offset: 0, length: 9 }] } });
    expect(asked.map((c) => c.method)).toEqual(["sendMessage"]);
    const chosen = await bot.handle(press("lang:en"));
    expect(chosen.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(chosen[1]!.payload.text).toBe("Interface language: English.");
    expect((await bot.store.users.byTelegramId(500_001n))!.locale).toBe("en");
  });

  it("the corrections feature refuses a forged press and changes nothing", async () => {
    bot = await featureBot(() => [correctionsFeature()]);
    const forged = await bot.handle(press("rc:ok:999"));
    expect(forged.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(forged[0]!.payload.text).toBe("Эта кнопка устарела. Откройте нужный раздел заново.");
    expect((await bot.store.audit.byAction("callback_refused")).length).toBe(1);
  });

  it("an update whose done mark could not be written leaves no session write behind, and its redelivery starts from the stored session", async () => {
    // A feature that counts, in the session, how often the chat's updates were applied.
    bot = await featureBot(
      () => [
        async (ctx) => {
          ctx.session.screenMessageId = (ctx.session.screenMessageId ?? 0) + 1;
        },
      ],
    );
    const text = (update_id: number) => ({ update_id, message: { message_id: update_id, date: 0, chat, from, text: "Орлова Вера" } });
    const stored = async () => (await bot!.store.sessions.storage<{ screenMessageId?: number }>("session").read(String(chat.id)))?.screenMessageId;
    await bot.handleWithId(text(101));
    expect(await stored()).toBe(1);
    // The process "dies" as update 102 is marked done: neither the mark nor the session is written.
    const finish = bot.store.updates.finish;
    bot.store.updates.finish = async () => {
      bot!.store.updates.finish = finish;
      throw new Error("killed");
    };
    await bot.handleWithId(text(102));
    expect(await stored()).toBe(1);
    // It comes again (Telegram's retry, or the inbox): applied once, on the session as it was.
    await bot.handleWithId(text(102));
    expect(await stored()).toBe(2);
  });
});
