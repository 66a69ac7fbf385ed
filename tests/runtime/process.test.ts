// The real process, started with `npm start`'s entry point against the Telegram stand-in:
// killed with SIGKILL in the middle of a conversation it resumes at the same step with no
// answer lost; SIGTERM while a reply is on its way finishes the reply and exits cleanly.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { startBotProcess, waitFor } from "../helpers/process.js";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../../src/testing/fake-telegram.js";
import { TelegramUser } from "../../src/testing/telegram-user.js";
import { openDatabase, createStore } from "../../src/data/index.js";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.js";

describe("the bot as a process", () => {
  let tg: FakeTelegram;
  let database: TestDatabase;
  const children: ChildProcess[] = [];
  const startBot = async () => {
    const child = await startBotProcess(tg, database.url);
    children.push(child);
    return child;
  };

  afterEach(async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await tg?.stop();
    await database?.drop();
  });

  async function setup(): Promise<string> {
    tg = new FakeTelegram();
    await tg.start();
    database = sqliteDatabase();
    const opened = await openDatabase(database.url);
    const store = createStore(opened);
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа № 3");
    const invite = await store.organisations.createInvite({ organisationId: school.id, role: "teacher", expiresAt: new Date(Date.now() + 86_400_000) });
    await opened.close();
    return invite.code;
  }

  const replyContaining = (user: TelegramUser, text: string) => () => user.messages().find((m) => m.text?.includes(text));

  it("resumes the conversation at the same step after SIGKILL, with no answer lost", async () => {
    const code = await setup();
    const teacher = new TelegramUser(tg, 700_001, { first_name: "Анна", language_code: "ru" });
    let bot = await startBot();
    void teacher.command("start", code);
    await waitFor(replyContaining(teacher, "Согласие на обработку"));
    void teacher.press("Даю согласие");
    await waitFor(replyContaining(teacher, "Шаг 1 из 8"));
    void teacher.send("Орлова Вера Николаевна");
    await waitFor(replyContaining(teacher, "Шаг 2 из 8"));

    bot.kill("SIGKILL");
    await new Promise((resolve) => bot.once("exit", resolve));
    bot = await startBot();

    void teacher.send("учитель физики");
    await waitFor(replyContaining(teacher, "Шаг 3 из 8"));
    bot.kill("SIGTERM");
    await new Promise((resolve) => bot.once("exit", resolve));

    const opened = await openDatabase(database.url);
    const store = createStore(opened);
    const user = (await store.users.byTelegramId(700_001n))!;
    expect(user.fullName).toBe("Орлова Вера Николаевна");
    expect((await store.profiles.history(user.id)).position).toBe("учитель физики");
    await opened.close();
  }, 90_000);

  it("finishes a reply on its way when SIGTERM arrives, exits 0, and does not handle the update again", async () => {
    await setup();
    const user = new TelegramUser(tg, 700_002, { first_name: "Борис", language_code: "ru" });
    const bot = await startBot();
    tg.delays.set("sendMessage", 1500);
    void user.command("help");
    await waitFor(() => tg.calls.some((c) => c.method === "sendMessage" && Number(c.params.chat_id) === 700_002));
    const exited = new Promise<number | null>((resolve) => bot.once("exit", (codeOrNull) => resolve(codeOrNull)));
    bot.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(user.messages().map((m) => m.text)).toEqual([expect.stringContaining("Как работать с ИОМ")]);

    tg.delays.delete("sendMessage");
    const again = await startBot();
    // Whatever the new process would replay comes before its answer to a new update.
    void user.command("help");
    await waitFor(() => user.messages().length >= 2);
    expect(user.messages().map((m) => m.text)).toEqual([expect.stringContaining("Как работать с ИОМ"), expect.stringContaining("Как работать с ИОМ")]);
    again.kill("SIGTERM");
    await new Promise((resolve) => again.once("exit", resolve));
  }, 90_000);

  it("`npm start` builds the sources; the compiled bot migrates a new database in its own process and answers", async () => {
    tg = new FakeTelegram();
    await tg.start();
    database = sqliteDatabase();
    const env = { ...process.env, BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, DATABASE_URL: database.url, LOG_LEVEL: "warn", SCHEDULER_ENABLED: "false", HTTP_ENABLED: "false" };
    // Its own process group: npm runs the build and then node, and both are stopped together.
    const npm = spawn("npm", ["start", "--silent"], { env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
    const exited = new Promise<string>((resolve) => npm.once("exit", (code, signal) => resolve(signal ?? `exit ${code}`)));
    try {
      await waitFor(() => tg.calls.some((c) => c.method === "deleteWebhook"), 120_000);
      const user = new TelegramUser(tg, 700_003, { first_name: "Вера", language_code: "ru" });
      void user.command("help");
      await waitFor(replyContaining(user, "Как работать с ИОМ"));
      const compiled = execFileSync("ps", ["-o", "args=", "--ppid", String(npm.pid)], { encoding: "utf8" }) + execFileSync("ps", ["-o", "args=", "-g", String(npm.pid)], { encoding: "utf8" });
      expect(compiled).toContain("dist/main.js");
    } finally {
      process.kill(-npm.pid!, "SIGTERM");
    }
    expect(["exit 0", "SIGTERM"]).toContain(await exited);
  }, 180_000);
});
