import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";

describe.each(providers)("bot skeleton through the Telegram stand-in (%s)", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ provider });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("publishes the command menu in Russian and English", () => {
    const ru = h.tg.commands["ru"] as { command: string; description: string }[];
    const en = h.tg.commands["en"] as { command: string; description: string }[];
    expect(ru.map((c) => c.command)).toEqual(["menu", "start", "route", "diagnostics", "profile", "settings", "language", "help", "cancel"]);
    expect(ru.find((c) => c.command === "route")!.description).toBe("Мой ИОМ");
    expect(en.find((c) => c.command === "route")!.description).toBe("My route");
    expect(h.tg.commands[""]).toEqual(ru);
  });

  it("/start greets in Russian and says how to begin, in one message without a command list", async () => {
    const anna = h.user(1001, { first_name: "Анна", language_code: "en" });
    const { replies } = await anna.command("start");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("Здравствуйте, Анна!");
    expect(replies[0]!.text).toContain("профстандарту «Педагог»");
    expect(replies[0]!.text).toContain("ссылка-приглашение");
    expect(replies[0]!.text).not.toContain("/diagnostics");
    const help = await anna.command("help");
    for (const command of ["/route", "/diagnostics", "/profile", "/language", "/help", "/cancel"]) expect(help.replies[0]!.text).toContain(command);
  });

  it("/language switches to English and the choice is remembered", async () => {
    const boris = h.user(1002, { first_name: "Boris" });
    const chooser = await boris.command("language");
    expect(chooser.replies[0]!.text).toBe("Выберите язык интерфейса:");
    const pressed = await boris.press("English");
    expect(pressed.edits[0]!.text).toBe("Interface language: English.");
    const help = await boris.command("help");
    expect(help.replies[0]!.text).toContain("How to work with your route");
    // Another user is not affected.
    const other = await h.user(1003, { first_name: "Вера" }).command("help");
    expect(other.replies[0]!.text).toContain("Как работать с ИОМ");
  });

  it("a message the bot does not understand gets help, a forged button gets a polite refusal", async () => {
    const vera = h.user(1004, { first_name: "Вера" });
    const { replies } = await vera.send("привет, что ты умеешь?");
    expect(replies[0]!.text).toContain("/help");
    const forged = await vera.pressData("lang:xx");
    expect(forged.answer?.text).toBe("Эта кнопка устарела. Откройте нужный раздел заново.");
    const unknown = await vera.pressData("nonsense");
    expect(unknown.answer?.text).toBe("Эта кнопка устарела. Откройте нужный раздел заново.");
  });

  it("/cancel with nothing going on says so", async () => {
    const { replies } = await h.user(1005).command("cancel");
    expect(replies[0]!.text).toBe("Сейчас нечего отменять.");
  });

  it("keeps the data across a restart", async () => {
    const boris = h.user(1002, { first_name: "Boris" });
    await h.restart();
    const help = await boris.command("help");
    expect(help.replies[0]!.text).toContain("How to work with your route");
  });
});
