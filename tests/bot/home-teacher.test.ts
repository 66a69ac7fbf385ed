// A teacher's home screen through the stand-in: the next step first, the persistent menu button,
// and the settings menu (language, a pause in reminders) edited in place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { invitedTeacher } from "../helpers/invited.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2026-11-26T06:00:00Z");

describe.each(providers)("a teacher's home screen (%s)", (provider) => {
  let h: Harness;
  let teacher: TelegramUser;

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    teacher = (await invitedTeacher(h, 930_001)).user;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("joining brings the persistent menu button, and the home screen asks for the history first", async () => {
    const joined = await teacher.press("Даю согласие");
    const withMenu = joined.replies.find((m) => m.reply_markup && "keyboard" in m.reply_markup);
    expect(withMenu?.text).toContain("роль — педагог");
    const home = await teacher.send("☰ Меню");
    expect(home.replies).toHaveLength(1);
    expect(home.replies[0]!.text).toContain("заполнить образовательную историю");
    const step = await teacher.press("Заполнить образовательную историю");
    expect(step.replies).toHaveLength(0);
    expect(step.edits[0]!.text).toContain("Шаг 1 из 8");
  });

  it("a new screen takes the buttons off the one it supersedes", async () => {
    const first = (await teacher.command("menu")).replies[0]!;
    expect(teacher.buttons(first.message_id).length).toBeGreaterThan(0);
    const second = (await teacher.command("menu")).replies[0]!;
    expect(teacher.buttons(second.message_id).length).toBeGreaterThan(0);
    expect(teacher.messages().find((m) => m.message_id === first.message_id)!.reply_markup?.inline_keyboard ?? []).toEqual([]);
  });

  it("the menu button leaves a prompt that waited for typed text", async () => {
    await teacher.send("☰ Меню");
    const typed = await teacher.send("Иванова Анна Петровна");
    // Nothing was waiting any more: the name was not taken as an answer.
    expect(typed.replies[0]!.text).toContain("Я не понял сообщение");
    const stored = await h.app.store.profiles.history((await h.app.store.users.byTelegramId(930_001n))!.id);
    expect(stored.fullName).toBeUndefined();
  });

  it("the profile: a field's button asks for it in the same message, the answer shows the profile again, 🏠 Меню goes home", async () => {
    const profile = (await teacher.command("profile")).replies[0]!;
    expect(profile.text).toContain("Должность: —");
    const asked = await teacher.press("Должность");
    expect(asked.replies).toHaveLength(0);
    expect(asked.edits[0]!.message_id).toBe(profile.message_id);
    const answered = await teacher.send("учитель химии");
    expect(answered.replies[0]!.text).toContain("Должность: учитель химии");
    const home = await teacher.press("🏠 Меню");
    expect(home.edits[0]!.message_id).toBe(answered.replies[0]!.message_id);
    expect(home.edits[0]!.text).toContain("образовательную историю");
    // The screen the answer superseded (the question) kept no buttons.
    expect(teacher.buttons(profile.message_id)).toEqual([]);
  });

  it("settings: language and a pause in reminders, each press editing the same screen", async () => {
    await teacher.command("menu");
    const opened = await teacher.press("Настройки");
    expect(opened.replies).toHaveLength(0);
    expect(opened.edits[0]!.text).toContain("Язык: Русский");
    const weekPause = teacher.buttons().find((b) => b.text.includes("7 дней"))!.callback_data!;
    const paused = await teacher.press("Пауза на 14 дней");
    expect(paused.edits[0]!.text).toContain("на паузе до 10.12.2026");
    const user = await h.app.store.users.byTelegramId(930_001n);
    expect(user!.pausedUntil!.getTime()).toBeGreaterThan(clock().getTime() + 13 * 86_400_000);
    // A copy of the screen from before the pause is out of date: it is refreshed, nothing changes.
    const stale = await teacher.pressData(weekPause, teacher.last()!);
    expect(stale.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect((await h.app.store.users.byTelegramId(930_001n))!.pausedUntil).toEqual(user!.pausedUntil);
    await teacher.press("Возобновить напоминания");
    expect((await h.app.store.users.byTelegramId(930_001n))!.pausedUntil).toBeNull();
    // The time zone (quiet hours of reminders) from Russia's zones, in a submenu of the same screen.
    await teacher.press("Часовой пояс: Красноярск (UTC+7)");
    const zoned = await teacher.press("Екатеринбург (UTC+5)");
    expect(zoned.edits.at(-1)!.text).toContain("Часовой пояс: Екатеринбург (UTC+5)");
    expect((await h.app.store.users.byTelegramId(930_001n))!.timezone).toBe("Asia/Yekaterinburg");
    const english = await teacher.press("English");
    expect(english.edits[0]!.text).toContain("Language: English");
    const back = await teacher.press("Menu");
    expect(back.edits[0]!.text).toContain("Main menu");
  });
});
