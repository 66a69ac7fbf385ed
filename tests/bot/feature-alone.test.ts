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

  it("an update redelivered after its session was written (the process died before marking it done) is not applied twice", async () => {
    let handled = 0;
    const preclaimed = new Set<number>();
    bot = await featureBot(
      () => [
        async (_ctx, next) => {
          handled += 1;
          await next();
        },
      ],
      undefined,
      preclaimed,
    );
    const text = (update_id: number) => ({ update_id, message: { message_id: update_id, date: 0, chat, from, text: "Орлова Вера" } });
    await bot.handleWithId(text(101));
    expect(handled).toBe(1);
    // The same update from the inbox after a crash: its session already says it was applied.
    preclaimed.add(101);
    await bot.handleWithId(text(101));
    expect(handled).toBe(1);
    // A redelivered update the session has not seen is handled.
    preclaimed.add(102);
    await bot.handleWithId(text(102));
    expect(handled).toBe(2);
  });
});
