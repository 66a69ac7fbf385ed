// Telegram's ordinary faults, injected by the stand-in: a reply survives a 429, a 502 and a
// reset connection; harmless 400s ("message is not modified", "query is too old") are not
// errors and never abort the action behind a button; a picture or a file that cannot be sent
// never hides the text result and can be asked for again; a failure before the user's language
// is known is still answered, in Russian.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { invitedTeacher } from "../helpers/invited.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const TEACHER = 810_001;
const GENERIC = "Что-то пошло не так";

async function finishDiagnosis(teacher: TelegramUser): Promise<void> {
  await teacher.command("diagnostics");
  for (let i = 0; i < 100 && !teacher.messages().some((m) => m.text?.includes("Самодиагностика завершена")); i++) {
    await teacher.press(/^[01] —/);
  }
}

describe("Telegram faults", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("a reply survives one 429, one 502 and one reset connection, and arrives once", async () => {
    const user = h.user(810_100);
    h.tg.fail("sendMessage", { kind: "retry-after", seconds: 1 });
    h.tg.fail("sendMessage", { kind: "server-error", code: 502 });
    h.tg.fail("sendMessage", { kind: "reset" });
    await user.command("help");
    expect(h.tg.faulted.map((c) => c.fault)).toEqual(["retry-after", "server-error", "reset"]);
    expect(user.messages()).toHaveLength(1);
    expect(user.messages()[0]!.text).toContain("Как работать с ИОМ");
  }, 30_000);

  it("a consent press answered too late still records the consent and joins the school", async () => {
    const { user: teacher } = await invitedTeacher(h, TEACHER, { first_name: "Вера", language_code: "ru" });
    h.tg.fail("answerCallbackQuery", { kind: "bad-request", description: "Bad Request: query is too old and response timeout expired or query ID is invalid" });
    const pressed = await teacher.press("Даю согласие");
    expect(h.tg.faulted).toHaveLength(1);
    const texts = pressed.replies.map((r) => r.text).join("\n");
    expect(texts).toContain("роль — педагог");
    expect(texts).not.toContain(GENERIC);
    const user = (await h.app.store.users.byTelegramId(BigInt(TEACHER)))!;
    expect(user.consentAt).not.toBeNull();
    expect((await h.app.store.organisations.membershipsOf(user.id)).map((m) => m.role)).toEqual(["teacher"]);
  });

  it("'message is not modified' is no error: the answer is saved and nobody is told something went wrong", async () => {
    const { user: teacher } = await invitedTeacher(h, TEACHER, { first_name: "Вера", language_code: "ru" });
    await teacher.press("Даю согласие");
    await teacher.command("diagnostics");
    h.tg.fail("editMessageText", { kind: "bad-request", description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same" });
    const pressed = await teacher.press("3 —");
    expect(h.tg.faulted).toHaveLength(1);
    expect(pressed.replies.map((r) => r.text).join("\n")).not.toContain(GENERIC);
    const user = (await h.app.store.users.byTelegramId(BigInt(TEACHER)))!;
    const open = await h.app.store.diagnostics.openSelf(user.id, "1");
    expect(Object.keys(open.answers)).toHaveLength(1);
  });

  it("a chart that cannot be sent does not hide the diagnosis result; it can be asked for again", async () => {
    const { user: teacher } = await invitedTeacher(h, TEACHER, { first_name: "Вера", language_code: "ru" });
    await teacher.press("Даю согласие");
    h.tg.fail("sendPhoto", { kind: "bad-request", description: "Bad Request: IMAGE_PROCESS_FAILED" });
    await finishDiagnosis(teacher);
    const texts = teacher.messages().map((m) => m.text ?? "");
    expect(texts.some((t) => t.includes("Главные профессиональные дефициты"))).toBe(true);
    expect(teacher.buttons().map((b) => b.text)).toContain("Отправить ещё раз");
    expect(texts.at(-1)).toContain("Не получилось отправить файл");
    expect(teacher.messages().some((m) => m.photo)).toBe(false);
    expect(texts.join("\n")).not.toContain(GENERIC);
    await teacher.press("Отправить ещё раз");
    expect(teacher.last()?.photo).toBeDefined();
  }, 30_000);

  it("/mydata: the text comes first; a failed file is offered again", async () => {
    const { user: teacher } = await invitedTeacher(h, TEACHER, { first_name: "Вера", language_code: "ru" });
    await teacher.press("Даю согласие");
    h.tg.fail("sendDocument", { kind: "server-error", code: 500 }, 4);
    const asked = await teacher.command("mydata");
    expect(asked.replies[0]!.text).toContain("Все данные, которые бот хранит о вас");
    expect(asked.replies.at(-1)!.text).toContain("Не получилось отправить файл");
    const again = await teacher.press("Отправить ещё раз");
    expect(again.replies.map((r) => r.document?.file_name)).toEqual(["Мои данные.docx", "Мои данные (машиночитаемые).json"]);
  }, 60_000);

  it("a database failure before the language is known is answered in Russian, saying nothing was saved", async () => {
    const user = h.user(810_200, { first_name: "Ann", language_code: "en" });
    await user.command("language");
    await user.press("English");
    const touch = h.app.store.users.touch;
    h.app.store.users.touch = () => Promise.reject(Object.assign(new Error("SQLITE_BUSY: database is locked"), { name: "DriverAdapterError" }));
    try {
      const { replies } = await user.command("help");
      expect(replies.map((r) => r.text)).toEqual([expect.stringContaining("Не получилось сохранить")]);
    } finally {
      h.app.store.users.touch = touch;
    }
    const { replies } = await user.command("help");
    expect(replies[0]!.text).toContain("How to work");
  });
});
