// Starting the real process when something around it is wrong: the health port is taken,
// Telegram cannot be reached for a while, the token is refused. Each is said in one sentence.
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeTelegram } from "../../src/testing/fake-telegram.js";
import { TelegramUser } from "../../src/testing/telegram-user.js";
import { reachTelegram, StartupError } from "../../src/startup.js";
import { createLogger } from "../../src/logger.js";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.js";
import { spawnBot, waitFor, type RunningBot } from "../helpers/process.js";
import { GrammyError } from "grammy";
import { spawn } from "node:child_process";
import { chmodSync } from "node:fs";
import { dirname } from "node:path";
import { openDatabase, sqlitePath } from "../../src/data/database.js";

// Root writes through any file mode: without the capability that allows it, it cannot.
const AS_ORDINARY_USER = process.getuid?.() === 0 ? ["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override"] : [];
const LOCKER = `const D = require("better-sqlite3"); const db = new D(process.argv[1]); db.exec("BEGIN EXCLUSIVE"); console.log("locked"); setTimeout(() => { db.exec("COMMIT"); db.close(); }, 60000);`;

function listenOnFreePort(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));
}

/** A TCP door in front of the stand-in: closed (connections reset) until opened. */
async function door(target: number) {
  let open = false;
  let knocks = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    knocks++;
    if (!open) return void socket.resetAndDestroy();
    const to = connect(target, "127.0.0.1");
    socket.pipe(to).pipe(socket);
    to.on("error", () => socket.destroy());
    socket.on("error", () => to.destroy());
  });
  const port = await listenOnFreePort(server);
  return {
    port,
    knocks: () => knocks,
    open: () => void (open = true),
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe("starting the bot", () => {
  let tg: FakeTelegram | undefined;
  let database: TestDatabase | undefined;
  let bot: RunningBot | undefined;
  const servers: Server[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill("SIGKILL");
    for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await tg?.stop();
    await database?.drop();
    bot = tg = database = undefined;
  });

  it("says in one sentence that the health port is taken, and how to change it", async () => {
    tg = new FakeTelegram();
    await tg.start();
    database = sqliteDatabase();
    const holder = createServer();
    servers.push(holder);
    const port = await listenOnFreePort(holder);
    bot = spawnBot({ BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, DATABASE_URL: database.url, HTTP_ENABLED: "true", HTTP_PORT: String(port), HTTP_HOST: "127.0.0.1" });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(`Port ${port} on 127.0.0.1 is already used by another program: set HTTP_PORT to a free port`);
    expect(bot.output()).not.toMatch(/at .*\.ts:\d+/);
  }, 60_000);

  it("says it cannot reach Telegram and where, keeps trying, and works once Telegram answers", async () => {
    tg = new FakeTelegram();
    await tg.start();
    database = sqliteDatabase();
    const gate = await door(Number(new URL(tg.apiRoot).port));
    cleanups.push(gate.close);
    const apiRoot = `http://127.0.0.1:${gate.port}`;
    bot = spawnBot({ BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: database.url, HTTP_ENABLED: "false" });
    await waitFor(() => bot!.output().includes(`Cannot reach Telegram at ${apiRoot}`), 60_000);
    expect(gate.knocks()).toBeGreaterThan(0);
    expect(bot.child.exitCode).toBeNull();

    gate.open();
    await waitFor(() => tg!.calls.some((c) => c.method === "deleteWebhook"), 60_000);
    expect(bot.output()).toContain("Telegram reached");
    const user = new TelegramUser(tg, 730_001, { first_name: "Анна", language_code: "ru" });
    void user.command("help");
    await waitFor(() => user.messages().find((m) => m.text?.includes("Как работать с ИОМ")), 30_000);
  }, 120_000);

  it("a refused token stops the start with one sentence", async () => {
    tg = new FakeTelegram();
    await tg.start();
    database = sqliteDatabase();
    bot = spawnBot({ BOT_TOKEN: "123456:AAwrongwrongwrongwrongwrong", TELEGRAM_API_ROOT: tg.apiRoot, DATABASE_URL: database.url, HTTP_ENABLED: "false" });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("Telegram refused the bot token (401");
  }, 60_000);
});

describe("starting on a database that cannot be used", () => {
  let database: TestDatabase | undefined;
  let bot: RunningBot | undefined;
  const others: { kill(): void }[] = [];
  afterEach(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill("SIGKILL");
    for (const other of others.splice(0)) other.kill();
    if (database) chmodSync(dirname(sqlitePath(database.url)), 0o755);
    await database?.drop();
    bot = database = undefined;
  });
  let nowhere = 0;
  beforeAll(async () => {
    // A port nothing listens on: taken from the system, then let go.
    const probe = createServer();
    nowhere = await listenOnFreePort(probe);
    await new Promise((resolve) => probe.close(resolve));
  });
  const telegramNowhere = () => ({ BOT_TOKEN: "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", TELEGRAM_API_ROOT: `http://127.0.0.1:${nowhere}`, HTTP_ENABLED: "false" });

  async function migrated(): Promise<string> {
    database = sqliteDatabase();
    await (await openDatabase(database.url)).close();
    return sqlitePath(database.url);
  }

  it("locked by another program for longer than the wait: one sentence, no engine trace", async () => {
    const path = await migrated();
    const locker = spawn(process.execPath, ["-e", LOCKER, path], { stdio: ["ignore", "pipe", "inherit"] });
    others.push(locker);
    await new Promise<void>((resolve) => locker.stdout!.once("data", () => resolve()));
    bot = spawnBot({ ...telegramNowhere(), DATABASE_URL: database!.url });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(`The database file ${path} is locked by another program`);
    expect(bot.output()).not.toMatch(/SocketTimeout|wasm|schema-engine/);
  }, 60_000);

  it("read-only file and folder: one sentence saying what to do", async () => {
    const path = await migrated();
    chmodSync(path, 0o444);
    chmodSync(dirname(path), 0o555);
    bot = spawnBot({ ...telegramNowhere(), DATABASE_URL: database!.url }, AS_ORDINARY_USER);
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(`The database file ${path} cannot be written (the file or its folder is read-only)`);
  }, 60_000);

  it("PostgreSQL not reachable: one sentence naming where", async () => {
    bot = spawnBot({ ...telegramNowhere(), DATABASE_URL: `postgresql://iom@127.0.0.1:${nowhere}/iom` });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${nowhere}: check that the server is running`);
  }, 60_000);
});

describe("reaching Telegram", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("warns within 10 s when no answer comes, and stops trying when the bot stops", async () => {
    vi.useFakeTimers();
    const warnings: string[] = [];
    const logger = createLogger("warn", { write: (line: string) => void warnings.push(line) } as unknown as NodeJS.WritableStream);
    const stopping = new AbortController();
    const hanging = (signal: AbortSignal) => new Promise<void>((_resolve, reject) => signal.addEventListener("abort", () => reject(new Error("aborted"))));
    const result = reachTelegram(hanging, { where: "http://telegram.test", logger, stopping: stopping.signal });
    await vi.advanceTimersByTimeAsync(9_900);
    expect(warnings).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(warnings.join("")).toContain("Cannot reach Telegram at http://telegram.test (no answer yet)");
    await vi.advanceTimersByTimeAsync(60_000);
    stopping.abort();
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBe(false);
  });

  it("does not retry a token Telegram refuses", async () => {
    const logger = createLogger("silent");
    let calls = 0;
    const refused = async () => {
      calls++;
      throw new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 401, description: "Unauthorized" }, "getMe", {});
    };
    await expect(reachTelegram(refused, { where: "x", logger, stopping: new AbortController().signal })).rejects.toBeInstanceOf(StartupError);
    expect(calls).toBe(1);
  });
});
