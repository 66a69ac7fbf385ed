// Update handling through the full stack: the real bot against the Telegram stand-in over HTTP,
// with many users doing a mix of menu navigation, conversation steps that write and approval
// presses; and, as the floor, a bare grammY bot that only echoes, on the same stand-in.
import { Api, Bot } from "grammy";
import { run } from "@grammyjs/runner";
import { createApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { FakeTelegram } from "../src/testing/fake-telegram.js";
import { TelegramUser } from "../src/testing/telegram-user.js";
import { transition } from "../src/domain/lifecycle.js";
import { emptyRoute } from "../src/domain/route.js";
import { approvalRequestsIn, requestsKey } from "../src/bot/notifications/approvers.js";
import { cpuMsSince, percentile, peakMemory, type BenchDatabase } from "./common.js";

const SCHOOLS = 10;

export interface UpdateResult {
  updates: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  peakMiB: number;
  /** CPU time of this process per update (user + system, all its threads): steadier than updates/s on a shared machine. */
  cpuMs: number;
}

function readyRoute(teacherId: number, schoolId: number) {
  return {
    ...emptyRoute(teacherId, schoolId, "ИОМ"),
    goal: "Освоение формирующего оценивания",
    term: { start: "2026-09-01", end: "2027-08-31" },
    tasks: [
      {
        title: "Освоить критериальное оценивание",
        resources: [],
        activities: [{ event: "Семинар ШМО", topic: "Критерии", level: "school" as const, date: "2027-02-10", status: "planned" as const, evidence: [] }],
        deadline: "2027-03-31",
        expectedResult: "Критерии оценивания",
      },
    ],
  };
}

export async function benchUpdates(database: BenchDatabase, users: number): Promise<UpdateResult> {
  const tg = new FakeTelegram();
  await tg.start();
  const latencies: number[] = [];
  const config = loadConfig({
    BOT_TOKEN: tg.token,
    DATABASE_URL: database.url,
    TELEGRAM_API_ROOT: tg.apiRoot,
    LOG_LEVEL: "silent",
    SCHEDULER_ENABLED: "false",
    HTTP_ENABLED: "false",
    RATE_LIMIT_PER_MINUTE: "10000",
    DATABASE_POOL_SIZE: "20",
  });
  const app = await createApp({ config, logger: createLogger("silent", process.stderr), botInfo: tg.botInfo, observeLatency: (ms) => latencies.push(ms) });
  await app.start();
  try {
    // The first tenth more teachers warm up (query plans, JIT) before the measured ones.
    const warm = Math.ceil(users / 10);
    const total = users + warm;
    const world = await seedWorld(app.store, tg, total);
    const ids: number[] = [];
    // As in real traffic, people's updates interleave (each person's in order: a chat's updates are
    // handled one after another); one person's next update rarely comes in the same batch.
    const workload = (from: number, to: number) => {
      const steps = Array.from({ length: to - from }, (_, k) => world.stepsOf(from + k));
      for (let step = 0; step < steps[0]!.length; step++) for (const person of steps) ids.push(tg.enqueueUpdate(person[step]!.update));
    };
    workload(0, warm);
    await Promise.all(ids.splice(0).map((id) => app.waitHandled(id)));
    latencies.length = 0;
    const cpu = process.cpuUsage();
    const { result: seconds, peakMiB } = await peakMemory(async () => {
      const started = performance.now();
      workload(warm, total);
      await Promise.all(ids.map((id) => app.waitHandled(id)));
      return (performance.now() - started) / 1000;
    });
    const cpuMs = cpuMsSince(cpu) / ids.length;
    return { updates: ids.length, seconds, perSecond: ids.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), peakMiB, cpuMs };
  } finally {
    await app.stop();
    await tg.stop();
  }
}

/** Ten schools with their deputies; `teachers` teachers, each with a route awaiting approval. */
export async function seedWorld(store: App["store"], tg: FakeTelegram, teachers: number) {
  const district = await store.organisations.createDistrict("Район");
  const schools: number[] = [];
  const deputies: { userId: number; chatId: number }[] = [];
  for (let s = 0; s < SCHOOLS; s++) {
    const school = await store.organisations.createSchool(district.id, `Школа ${s + 1}`);
    const deputy = await store.users.touch({ telegramId: BigInt(50_000_000 + s) });
    deputies.push({ userId: deputy.id, chatId: 50_000_000 + s });
    await store.users.recordConsent(deputy.id, "bench", new Date());
    await store.organisations.addMembership({ userId: deputy.id, organisationId: school.id, role: "deputy" });
    schools.push(school.id);
  }
  const routes: { id: number; version: number; request: { message_id: number; text: string } }[] = [];
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  for (let i = 0; i < teachers; i++) {
    const user = await store.users.touch({ telegramId: BigInt(60_000_000 + i) });
    await store.users.recordConsent(user.id, "bench", new Date());
    await store.organisations.addMembership({ userId: user.id, organisationId: schools[i % SCHOOLS]!, role: "teacher" });
    const route = await store.routes.create(readyRoute(user.id, schools[i % SCHOOLS]!));
    const submitted = transition(route, { type: "submit" }, new Date());
    await store.routes.changeStatus(route, submitted);
    routes.push({ id: route.id!, version: submitted.version, request: await askDeputy(store, api, deputies[i % SCHOOLS]!, route.id!, submitted.version) });
  }
  const teacherOf = (i: number) => new TelegramUser(tg, 60_000_000 + i, { first_name: "T" });
  const deputyOf = (i: number) => new TelegramUser(tg, 50_000_000 + (i % SCHOOLS), { first_name: "D" });
  // A press carries the message pressed, as Telegram sends it: a screen with its text is edited in
  // place. The stand-in numbers each chat's messages from 1, so a teacher's /profile screen is her
  // second message (after /help's); a deputy presses Approve on the request about the route.
  const callback = (user: TelegramUser, data: string, pressed: { message_id: number; text?: string }) => ({
    callback_query: { id: `cb${Math.random()}`, from: { id: user.id, is_bot: false, first_name: "U" }, chat_instance: String(user.id), data, message: { ...pressed, date: 0, chat: { id: user.id, type: "private" } } },
  });
  const PROFILE_SCREEN = { message_id: 2, text: "profile" };
  /** Teacher i: two menu screens, then edits a field of her history (a press and a written answer); her deputy approves her route. */
  const stepsOf = (i: number): { kind: string; update: Record<string, unknown> }[] => {
    const teacher = teacherOf(i);
    return [
      { kind: "/help (a screen)", update: teacher.textUpdate("/help") },
      { kind: "/profile (a screen that reads)", update: teacher.textUpdate("/profile") },
      { kind: "button: edit a field (session write)", update: callback(teacher, "hist:edit:position", PROFILE_SCREEN) },
      { kind: "typed answer (a write)", update: teacher.textUpdate(`учитель предмета ${i}`) },
      { kind: "deputy approves (a transaction, news to the teacher)", update: callback(deputyOf(i), `ap:ok:${routes[i]!.id}:${routes[i]!.version}`, routes[i]!.request) },
    ];
  };
  return { stepsOf, routeIds: routes.map((r) => r.id) };
}

/**
 * What asking the approvers leaves when a teacher submits through the bot: the request in the
 * deputy's chat and its note, so that the decision closes it (see notifications/approvers.ts).
 */
async function askDeputy(store: App["store"], api: Api, deputy: { userId: number; chatId: number }, routeId: number, version: number) {
  const text = `Route ${routeId} awaits approval`;
  const sent = await api.sendMessage(deputy.chatId, text, { reply_markup: { inline_keyboard: [[{ text: "Approve", callback_data: `ap:ok:${routeId}:${version}` }]] } });
  await approvalRequestsIn(store).write(requestsKey({ id: routeId, version }), [{ chatId: deputy.chatId, messageId: sent.message_id, userId: deputy.userId }]);
  return { message_id: sent.message_id, text };
}

/** The floor: grammY with the runner, echoing every message and answering every button. */
export async function benchEchoFloor(updates: number): Promise<UpdateResult> {
  const tg = new FakeTelegram();
  await tg.start();
  const bot = new Bot(tg.token, { botInfo: tg.botInfo, client: { apiRoot: tg.apiRoot } });
  const latencies: number[] = [];
  let handled = 0;
  let expected = 0;
  let done: () => void = () => undefined;
  bot.use(async (_ctx, next) => {
    const started = performance.now();
    await next();
    latencies.push(performance.now() - started);
    if (++handled === expected) done();
  });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  const runner = run(bot);
  try {
    const users = Array.from({ length: Math.max(1, Math.floor(updates / 5)) }, (_, i) => new TelegramUser(tg, 70_000_000 + i, { first_name: "E" }));
    const echo = async (count: number) => {
      const finished = new Promise<void>((resolve) => (done = resolve));
      expected += count;
      for (let i = 0; i < count; i++) tg.enqueueUpdate(users[i % users.length]!.textUpdate(`echo ${i}`));
      await finished;
    };
    // Warmed up as the bot is (a tenth more first), so that neither is measured while compiled.
    await echo(Math.ceil(updates / 10));
    latencies.length = 0;
    const cpu = process.cpuUsage();
    const { result: seconds, peakMiB } = await peakMemory(async () => {
      const started = performance.now();
      await echo(updates);
      return (performance.now() - started) / 1000;
    });
    const cpuMs = cpuMsSince(cpu) / updates;
    return { updates, seconds, perSecond: updates / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), peakMiB, cpuMs };
  } finally {
    await runner.stop();
    await tg.stop();
  }
}
