// What an operator needs: one effect per update, webhook secrets, health and metrics, flood
// protection, bad input refused cleanly, a locked or dropped database survived, personal data
// exported and erased, and an online backup.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { invitedTeacher } from "../helpers/invited.js";
import { freePort } from "../helpers/process.js";
import { seen } from "../helpers/seen.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { postgresUrl, providers } from "../helpers/databases.js";
import { allStoredText } from "../helpers/scan.js";
import { readyRoute } from "../helpers/routes.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const run = promisify(execFile);
const LOCKER = `const D = require("better-sqlite3"); const db = new D(process.argv[1]); db.exec("BEGIN EXCLUSIVE"); console.log("locked"); setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));`;

/** Another process takes SQLite's write lock for `ms`; resolves once it holds it. */
async function lockSqlite(url: string, ms: number): Promise<{ released: Promise<unknown> }> {
  const locker = spawn(process.execPath, ["-e", LOCKER, url.slice("file:".length), String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise((resolve) => locker.once("exit", resolve));
  await new Promise<void>((resolve) => locker.stdout.once("data", () => resolve()));
  return { released };
}
const clock = () => new Date("2026-11-26T03:00:00Z");

/** A teacher of a fresh school, joined through an invite. */
async function teacherOf(h: Harness, telegramId: number) {
  const { user, schoolId } = await invitedTeacher(h, telegramId, undefined, new Date("2027-01-01T00:00:00Z"));
  await user.press("Даю согласие");
  return { user, schoolId };
}

describe.each(providers)("runtime (%s)", (provider) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("handles an update delivered twice once", async () => {
    h = await startHarness({ provider, clock });
    const { user } = await teacherOf(h, 600_001);
    const raw = user.textUpdate("Сидорова Анна Ивановна");
    const updateId = await h.tg.pushUpdate(raw);
    const before = user.messages().length;
    // As after a crash before the offset reached Telegram: a new process gets the update again.
    await h.restart();
    await h.tg.redeliver({ update_id: updateId, ...raw });
    expect(user.messages().length).toBe(before);
    expect((await h.app.store.profiles.history((await h.app.store.users.byTelegramId(600_001n))!.id)).fullName).toBe("Сидорова Анна Ивановна");
    const metrics = await h.app.metrics.registry.getSingleMetricAsString("iom_updates_duplicate_total");
    expect(metrics).toMatch(/iom_updates_duplicate_total 1/);
  });


  it("handles as many updates at once as UPDATE_CONCURRENCY says while each waits for Telegram", async () => {
    h = await startHarness({ provider, clock, env: { UPDATE_CONCURRENCY: "2" } });
    const people = [1, 2, 3, 4, 5, 6].map((n) => h!.user(610_000 + n));
    // grammY's runner fetches its first batch whole (up to 100) and paces the fetches after it by the room left.
    await h.user(610_000).command("help");
    h.tg.delays.set("sendMessage", 300);
    await Promise.all(people.map((person) => person.command("help")));
    expect(h.tg.mostHeldAtOnce).toBe(2);
    expect(people.every((person) => person.messages().length > 0)).toBe(true);
  });

  it("the session and the update's done mark are written together: when they cannot be, the chat stays where it was", async () => {
    h = await startHarness({ provider, clock });
    const { user } = await teacherOf(h, 600_003);
    const updates = h.app.store.updates;
    const finish = updates.finish;
    // The database goes away just as the update is marked done (after the name itself was saved).
    updates.finish = async () => {
      updates.finish = finish;
      throw new Error("connection lost");
    };
    const failed = await user.send("Сидорова Анна Ивановна");
    expect(seen(failed)).toContain("последнее действие могло не выполниться");
    const session = await h.app.store.sessions.storage<{ awaiting?: { payload: { step: string } } }>("session").read("600003");
    expect(session?.awaiting?.payload.step).toBe("fullName");
    // The chat is still at the first step: the same answer sent again moves it on, once.
    const again = await user.send("Сидорова Анна Ивановна");
    expect(seen(again)).toContain("Шаг 2 из 8");
    const next = await user.send("учитель химии");
    expect(seen(next)).toContain("Шаг 3 из 8");
    expect((await h.app.store.profiles.history((await h.app.store.users.byTelegramId(600_003n))!.id)).position).toBe("учитель химии");
  });
  it("refuses oversized texts and files, and forged callbacks, cleanly", async () => {
    h = await startHarness({ provider, clock });
    const { user, schoolId } = await teacherOf(h, 600_002);
    const long = await user.send("А".repeat(400));
    expect(long.replies[0]!.text).toBe("Слишком длинный текст: не больше 300 символов.");
    await user.send("Петрова Анна");
    const teacherId = (await h.app.store.users.byTelegramId(600_002n))!.id;
    const route = await h.app.store.routes.create(readyRoute({ teacherId, schoolId, status: "active" }));
    await user.command("route");
    await user.press("10.02.2027");
    const huge = await user.sendDocument(Buffer.alloc(21 * 1024 * 1024), "video.mp4", "video/mp4");
    expect(huge.replies[0]!.text).toContain("больше 20 МБ");
    for (const data of ["lv:done:1:abc", `rd:goal:${route.id}:extra:parts:that:do:not:fit`, "ap:ok:-1:1", "x".repeat(64), "lv:done"]) {
      const forged = await user.pressData(data);
      expect(forged.answer?.text, data).toBe("Эта кнопка устарела. Откройте нужный раздел заново.");
    }
    expect((await h.app.store.audit.byAction("callback_refused")).length).toBeGreaterThanOrEqual(4);
  });

  it("a user who floods the bot gets one polite answer, then silence, and others are not affected", async () => {
    h = await startHarness({ provider, clock, env: { RATE_LIMIT_PER_MINUTE: "5" } });
    const flooder = h.user(600_003);
    for (let i = 0; i < 5; i++) await flooder.command("help");
    const sixth = await flooder.command("help");
    expect(sixth.replies[0]!.text).toContain("Слишком много сообщений");
    const seventh = await flooder.command("help");
    expect(seventh.replies).toEqual([]);
    const other = await h.user(600_004).command("help");
    expect(other.replies[0]!.text).toContain("Как работать с ИОМ");
  });

  it("serves /healthz and /metrics", async () => {
    h = await startHarness({ provider, clock, env: { HTTP_HOST: "127.0.0.1" } });
    await h.user(600_005).command("help");
    const base = `http://127.0.0.1:${h.app.httpPort()}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: true, outboxBacklog: 0 });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/iom_updates_total\{type="message"\} 1/);
    expect(metrics).toContain("iom_update_duration_seconds_bucket");
    expect(metrics).toContain("iom_reminders_sent_total");
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });

  it("/mydata sends everything; after /deletemydata no personal field is left in any table", async () => {
    h = await startHarness({ provider, clock });
    const { user, schoolId } = await teacherOf(h, 600_006);
    await user.send("Кузнецова Светлана Олеговна");
    await user.send("учитель химии");
    const teacherId = (await h.app.store.users.byTelegramId(600_006n))!.id;
    const route = await h.app.store.routes.create(readyRoute({ teacherId, schoolId, goal: "Цель Светланы про химический эксперимент", status: "active" }));
    await h.app.store.routes.addReflection(route.id!, teacherId, { kind: "checkpoint", fact: "Рефлексия Светланы", createdAt: "2026-11-26T03:00:00Z" });
    await h.app.store.routes.addComment({ routeId: route.id!, authorId: teacherId, text: "Комментарий Светланы", at: new Date() });
    await h.app.store.sessions.storage("reflection-draft").write(`final-reflection:${route.id}`, { facts: ["Черновик рефлексии Светланы"] });
    const exported = await user.command("mydata");
    // A document to read first (in Russian, grouped), then the same data machine-readable.
    const files = exported.replies.filter((r) => r.document).map((r) => r.document!);
    expect(files.map((f) => f.file_name)).toEqual(["Мои данные.docx", "Мои данные (машиночитаемые).json"]);
    const { default: JSZip } = await import("jszip");
    const readable = (await (await JSZip.loadAsync(files[0]!.bytes)).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, " ");
    for (const part of ["Кто вы", "ФИО: Кузнецова Светлана Олеговна", "Индивидуальная образовательная история", "Индивидуальные образовательные маршруты", "реализуется"]) expect(readable).toContain(part);
    expect(readable).not.toContain("__bigint");
    const json = files[1]!.bytes.toString("utf8");
    for (const part of ["Кузнецова Светлана Олеговна", "учитель химии", "Цель Светланы", "Рефлексия Светланы", "anna_teacher", "600006"]) expect(json).toContain(part);

    await user.command("deletemydata");
    const erased = await user.press("Удалить мои данные");
    expect(erased.edits[0]!.text).toContain("персональные данные удалены");
    const stored = await allStoredText(h.database.url);
    for (const needle of ["Кузнецова", "Светлана", "учитель химии", "химический эксперимент", "Рефлексия Светланы", "Комментарий Светланы", "Черновик рефлексии", "anna_teacher", "600006"]) {
      expect(stored.includes(needle), needle).toBe(false);
    }
    // The school's statistics keep an anonymised route.
    const kept = await h.app.store.routes.byId(route.id!);
    expect(kept!.status).toBe("active");
    expect(kept!.goal).toBeUndefined();
    // Writing again starts from scratch: a new user who has not consented.
    const again = await user.command("route");
    expect(again.replies[0]!.text).toContain("Согласие на обработку персональных данных");
  });
});

describe("webhook mode", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
  });

  it("handles updates with the right secret, refuses a wrong one, and a retried update has one effect", async () => {
    const port = await freePort();
    const secret = "webhook-secret-0123456789";
    h = await startHarness({ clock, env: { BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}/tg`, WEBHOOK_SECRET: secret, HTTP_PORT: String(port), HTTP_HOST: "127.0.0.1" } });
    expect(h.tg.webhook).toEqual({ url: `http://127.0.0.1:${port}/tg`, secret });
    const user = h.user(600_010);
    const help = await user.command("help");
    expect(help.replies[0]!.text).toContain("Как работать с ИОМ");
    const raw = { update_id: 9_000_001, ...user.textUpdate("/help") };
    const wrong = await fetch(`http://127.0.0.1:${port}/tg`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "wrong-secret-000000" }, body: JSON.stringify(raw) });
    expect(wrong.status).toBe(401);
    expect(user.messages()).toHaveLength(1);
    await h.tg.redeliver(raw);
    await h.tg.redeliver(raw);
    expect(user.messages()).toHaveLength(2);
  });

  it("an update that fails before it is taken is answered with an error, and Telegram's next delivery handles it once, with no apology", async () => {
    const port = await freePort();
    h = await startHarness({ clock, env: { BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}/tg`, WEBHOOK_SECRET: "webhook-secret-0123456789", HTTP_PORT: String(port), HTTP_HOST: "127.0.0.1" } });
    h.tg.webhookDelivery = { ...h.tg.webhookDelivery, retryDelayMs: 10 };
    const claim = h.app.store.updates.claim;
    let refused = 0;
    h.app.store.updates.claim = async (...args) => {
      if (refused++ < 2) throw new Error("connection lost");
      return claim(...args);
    };
    const user = h.user(600_011);
    await user.command("help");
    expect(h.tg.webhookFailures.map((f) => f.reason)).toEqual(["status 500", "status 500"]);
    expect(user.messages().map((m) => m.text)).toEqual([expect.stringContaining("Как работать с ИОМ")]);
  });
});

describe("an unavailable database", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
  });

  it("SQLite locked by another process for a while: the bot waits and loses nothing", async () => {
    h = await startHarness({ clock });
    const { user } = await teacherOf(h, 600_020);
    // Another process holds the write lock for 1.5 s.
    const lock = await lockSqlite(h.database.url, 1500);
    const answered = await user.send("Лебедева Ольга");
    await lock.released;
    expect(answered.replies[0]!.text).toContain("Шаг 2 из 8");
    expect((await h.app.store.users.byTelegramId(600_020n))!.fullName).toBe("Лебедева Ольга");
  });

  it("SQLite locked by another process for longer than the wait, during writes: every acknowledged answer is stored in its field, and the bot recovers by itself", async () => {
    h = await startHarness({ clock });
    const teachers = [];
    for (let n = 0; n < 6; n++) teachers.push((await teacherOf(h, 600_100 + n)).user);
    const steps = (n: number) => [
      { act: (u: TelegramUser) => u.send(`Учитель ${n}`), next: "Шаг 2 из 8" },
      { act: (u: TelegramUser) => u.send(`учитель предмета ${n}`), next: "Шаг 3 из 8" },
      { act: (u: TelegramUser) => u.press("Высшее педагогическое"), next: "Шаг 4 из 8" },
      { act: (u: TelegramUser) => u.send(String(10 + n)), next: "Шаг 5 из 8" },
    ];
    const lock = await lockSqlite(h.database.url, 12_000);
    let notSaved = 0;
    const reader = h.user(600_199).command("help");
    await Promise.all(
      teachers.map(async (user, n) => {
        for (const step of steps(n)) {
          for (let attempt = 1; ; attempt++) {
            const text = seen(await step.act(user));
            if (text.includes(step.next)) break;
            // A write that could not wait any longer is reported truthfully; the same answer is sent again.
            expect(text).toContain("Не получилось сохранить");
            expect(attempt).toBeLessThan(4);
            notSaved++;
          }
        }
      }),
    );
    expect((await reader).replies[0]!.text).toContain("Как работать с ИОМ");
    await lock.released;
    for (const [n] of teachers.entries()) {
      const stored = await h.app.store.profiles.history((await h.app.store.users.byTelegramId(BigInt(600_100 + n)))!.id);
      expect(stored).toMatchObject({ fullName: `Учитель ${n}`, position: `учитель предмета ${n}`, teachingYears: 10 + n });
      expect(stored.education).toBeDefined();
    }
    // The answers sent during the lock waited for it; none was acknowledged and lost.
    h.app.deps.logger.info({ notSaved }, "answers reported as not saved during the lock");
    const after = await h.user(600_198).command("help");
    expect(after.replies[0]!.text).toContain("Как работать с ИОМ");
  }, 120_000);

  it("SQLite locked just as an answer is written: the user is told it was not saved, and the repeat lands in the same field", async () => {
    h = await startHarness({ clock });
    const { user } = await teacherOf(h, 600_120);
    await user.send("Соколова Ирина");
    const profiles = h.app.store.profiles;
    const saveField = profiles.saveField;
    let lock: { released: Promise<unknown> } | undefined;
    // The lock is taken between the update's arrival and its write, for longer than a write waits.
    profiles.saveField = async (...args) => {
      profiles.saveField = saveField;
      lock = await lockSqlite(h!.database.url, 11_000);
      return saveField(...args);
    };
    const refused = await user.send("учитель биологии");
    expect(refused.replies.map((r) => r.text)).toEqual([expect.stringContaining("Не получилось сохранить")]);
    await lock!.released;
    const again = await user.send("учитель биологии");
    expect(again.replies[0]!.text).toContain("Шаг 3 из 8");
    const next = await user.press("Высшее педагогическое");
    expect(next.edits[0]!.text).toContain("Шаг 4 из 8");
    const stored = await profiles.history((await h.app.store.users.byTelegramId(600_120n))!.id);
    expect(stored).toMatchObject({ fullName: "Соколова Ирина", position: "учитель биологии" });
  }, 60_000);

  it.skipIf(!postgresUrl)("PostgreSQL connections cut: the process survives and the next write is kept", async () => {
    h = await startHarness({ provider: "postgresql", clock });
    const { user } = await teacherOf(h, 600_021);
    const name = new URL(h.database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await admin.end();
    const first = await user.send("Морозова Нина");
    const ok = first.replies[0]?.text?.includes("Шаг 2 из 8");
    if (!ok) {
      // The cut connection may fail this one update: the user is told, and nothing half-written stays.
      expect(first.replies[0]!.text).toContain("Что-то пошло не так");
      const retry = await user.send("Морозова Нина");
      expect(retry.replies[0]!.text).toContain("Шаг 2 из 8");
    }
    expect((await h.app.store.users.byTelegramId(600_021n))!.fullName).toBe("Морозова Нина");
    expect(await h.app.health()).toMatchObject({ ok: true });
  });
});

describe("npm run backup", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
  });

  it("copies the SQLite database consistently while the bot runs", async () => {
    h = await startHarness({ clock });
    for (let i = 0; i < 20; i++) await h.user(610_000 + i).command("help");
    const target = join(mkdtempSync(join(tmpdir(), "iom-backup-")), "copy.db");
    const writes = Promise.all(Array.from({ length: 20 }, (_, i) => h!.user(620_000 + i).command("help")));
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/backup.ts", target], { env: { ...process.env, DATABASE_URL: h.database.url } });
    await writes;
    expect(stdout).toContain("backup written");
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const users = (copy.prepare('SELECT COUNT(*) AS n FROM "User"').get() as { n: number }).n;
    copy.close();
    expect(users).toBeGreaterThanOrEqual(20);
  }, 60_000);
});
