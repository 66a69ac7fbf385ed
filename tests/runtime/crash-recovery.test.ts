// The real process (`npm start`'s entry point) killed with SIGKILL at random points while a
// teacher consents, fills in the educational history, takes the self-diagnosis and submits her
// route. After each restart the flow goes on where it was: every answer arrives, no flow is
// stuck, nothing is stored twice. CRASH_KILLS sets how many kills (20 by default).
import type { ChildProcess } from "node:child_process";
import { startBotProcess, waitFor } from "../helpers/process.js";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram, type SentMessage } from "../../src/testing/fake-telegram.js";
import { TelegramUser } from "../../src/testing/telegram-user.js";
import { openDatabase, createStore } from "../../src/data/index.js";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.js";
import { allIndicators, currentFramework } from "../../src/domain/framework.js";

const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const TEACHER = 730_001;
const DEPUTY = 730_002;

/** A seeded random generator, so that a failing run can be repeated (CRASH_SEED). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Step {
  phase: "consent" | "history" | "diagnosis" | "submission";
  act: (user: TelegramUser) => Promise<unknown>;
  expect: string;
}

describe("crash recovery of the real process", () => {
  let tg: FakeTelegram;
  let database: TestDatabase;
  let child: ChildProcess | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await tg?.stop();
    await database?.drop();
  });

  async function seed(): Promise<string> {
    const opened = await openDatabase(database.url);
    const store = createStore(opened);
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа № 9");
    const deputy = await store.users.touch({ telegramId: BigInt(DEPUTY) });
    await store.users.recordConsent(deputy.id, "2026-11", new Date());
    await store.users.setFullName(deputy.id, "Ольга Петровна");
    await store.organisations.addMembership({ userId: deputy.id, organisationId: school.id, role: "deputy" });
    const invite = await store.organisations.createInvite({ organisationId: school.id, role: "teacher", expiresAt: new Date(Date.now() + 86_400_000) });
    await opened.close();
    return invite.code;
  }

  function steps(code: string): Step[] {
    const total = allIndicators(currentFramework).length;
    const list: Step[] = [
      { phase: "consent", act: (u) => u.command("start", code), expect: "Согласие на обработку" },
      { phase: "consent", act: (u) => u.press("Даю согласие"), expect: "Шаг 1 из 8" },
      { phase: "history", act: (u) => u.send("Орлова Вера Николаевна"), expect: "Шаг 2 из 8" },
      { phase: "history", act: (u) => u.send("учитель физики"), expect: "Шаг 3 из 8" },
      { phase: "history", act: (u) => u.press("Высшее педагогическое"), expect: "Шаг 4 из 8" },
      { phase: "history", act: (u) => u.send("12"), expect: "Шаг 5 из 8" },
      { phase: "history", act: (u) => u.press("Первая"), expect: "Шаг 6 из 8" },
      { phase: "history", act: (u) => u.send("15.03.2024"), expect: "Шаг 7 из 8" },
      { phase: "history", act: (u) => u.press("Пропустить"), expect: "Шаг 8 из 8" },
      { phase: "history", act: (u) => u.send("Работаю над функциональной грамотностью"), expect: "Образовательная история сохранена" },
      { phase: "diagnosis", act: (u) => u.command("diagnostics"), expect: `Утверждение 1/${total}` },
    ];
    for (let i = 1; i <= total; i++) {
      list.push({ phase: "diagnosis", act: (u) => u.press(i % 3 === 0 ? "1 —" : "2 —"), expect: i < total ? `Утверждение ${i + 1}/${total}` : "Главные профессиональные дефициты" });
    }
    list.push(
      { phase: "submission", act: (u) => u.press("Составить ИОМ"), expect: "Как составим ИОМ" },
      { phase: "submission", act: (u) => u.press("Черновик по моим дефицитам"), expect: "Цель:" },
      { phase: "submission", act: (u) => u.press("Отправить на согласование"), expect: "ИОМ отправлен на согласование" },
    );
    return list;
  }

  /** A message that is new, or changed, since `before`, and contains `text`. */
  function arrived(teacher: TelegramUser, before: Map<number, number>, text: string) {
    return () =>
      teacher.messages().find((m: SentMessage) => {
        const seen = before.get(m.message_id);
        return (seen === undefined || seen !== m.edited) && (m.text ?? m.caption ?? "").includes(text);
      });
  }

  it(`goes on where it was after ${KILLS} kills across consent, history, diagnosis and submission`, async () => {
    tg = new FakeTelegram();
    await tg.start();
    database = sqliteDatabase();
    const code = await seed();
    // A little latency on Telegram's side widens the moments in which a kill lands mid-update.
    for (const method of ["sendMessage", "editMessageText", "answerCallbackQuery"]) tg.delays.set(method, 25);
    const teacher = new TelegramUser(tg, TEACHER, { first_name: "Вера", language_code: "ru" });
    const flow = steps(code);
    const next = random(Number(process.env.CRASH_SEED ?? 20_261_127));
    // Kills are spread over the four phases in proportion to their steps, each at a random step.
    const killAt = new Set<number>();
    while (killAt.size < Math.min(KILLS, flow.length)) killAt.add(Math.floor(next() * flow.length));
    child = await startBotProcess(tg, database.url, "error");
    const killedIn: Record<string, number> = {};

    for (const [index, step] of flow.entries()) {
      const before = new Map(teacher.messages().map((m) => [m.message_id, m.edited]));
      void step.act(teacher);
      if (killAt.has(index)) {
        await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 120)));
        child.kill("SIGKILL");
        await new Promise((resolve) => child!.once("exit", resolve));
        killedIn[step.phase] = (killedIn[step.phase] ?? 0) + 1;
        child = await startBotProcess(tg, database.url, "error");
      }
      await waitFor(arrived(teacher, before, step.expect)).catch(() => {
        throw new Error(`stuck at step ${index} (${step.phase}), waiting for «${step.expect}»; last: ${teacher.lastText()}`);
      });
    }
    child.kill("SIGTERM");
    await new Promise((resolve) => child!.once("exit", resolve));

    expect(Object.values(killedIn).reduce((a, b) => a + b, 0)).toBe(Math.min(KILLS, flow.length));
    const texts = teacher.messages().map((m) => m.text ?? "");
    expect(texts.filter((t) => t.includes("Что-то пошло не так") || t.includes("Не получилось сохранить"))).toEqual([]);

    const opened = await openDatabase(database.url);
    const store = createStore(opened);
    try {
      const user = (await store.users.byTelegramId(BigInt(TEACHER)))!;
      expect(user.fullName).toBe("Орлова Вера Николаевна");
      const history = await store.profiles.history(user.id);
      expect(history.position).toBe("учитель физики");
      expect(history.teachingYears).toBe(12);
      expect((await store.organisations.membershipsOf(user.id)).map((m) => m.role)).toEqual(["teacher"]);
      const route = (await store.routes.currentOf(user.id))!;
      expect(route.status).toBe("submitted");
      expect(route.version).toBe(1);
      // Nothing twice: one route, one submission in the audit log, one request to the deputy.
      const exported = (await store.privacy.export(user.id)) as { routes: unknown[] };
      expect(exported.routes).toHaveLength(1);
      expect(tg.messages(DEPUTY).filter((m) => m.text?.includes("Орлова Вера Николаевна"))).toHaveLength(1);
    } finally {
      await opened.close();
    }
  }, 600_000);
});
