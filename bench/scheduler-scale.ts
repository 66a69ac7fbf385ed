// Scheduler scale: one tick with 10 000, 100 000 (and with --full 1 000 000) active routes and
// their schedules in the database, the same number of reminders due each time. The tick plans
// only what changed and claims only what is due, so its time should follow what is due.
import type { Api } from "grammy";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { Scheduler } from "../src/scheduler/index.js";
import { FakeTelegram } from "../src/testing/fake-telegram.js";
import type { BenchDatabase } from "./common.js";

export interface ScaleResult {
  routes: number;
  due: number;
  seedSeconds: number;
  tickMs: number;
  sent: number;
  /** The tick's parts, ms: planning, claiming the due rows (with what they need), rendering and sending. */
  planning: number;
  claiming: number;
  sending: number;
  /** A later tick after `changed` routes were edited: its planning (their reminders replaced), ms per route. */
  replanningPerRoute: number;
}

const CHANGED = 100;

export async function benchSchedulerScale(database: BenchDatabase, routes: number, due: number): Promise<ScaleResult> {
  const tg = new FakeTelegram();
  const config = loadConfig({ BOT_TOKEN: tg.token, DATABASE_URL: database.url, LOG_LEVEL: "silent", SCHEDULER_ENABLED: "false", HTTP_ENABLED: "false" });
  const now = new Date("2027-02-10T03:00:00Z");
  const app = await createApp({ config, logger: createLogger("silent", process.stderr), botInfo: tg.botInfo, clock: () => now });
  try {
    const store = app.store;
    const seedStarted = performance.now();
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа");
    const teacherCount = Math.min(10_000, routes);
    const teacherIds = await store.bulk.users(Array.from({ length: teacherCount }, (_, i) => BigInt(80_000_000 + i)));
    await store.bulk.memberships(teacherIds, school.id, "teacher");
    // Every route has one activity; `due` of them fall on today, the rest later in the year.
    const text = { title: "ИОМ", goal: "Освоение формирующего оценивания", task: "Освоить критерии", event: "Семинар ШМО", topic: "Критерии оценивания" };
    await store.bulk.activeRoutes(due, teacherIds, school.id, new Date("2027-02-10T00:00:00Z"), text);
    await store.bulk.activeRoutes(routes - due, teacherIds, school.id, new Date("2027-05-20T00:00:00Z"), text);
    const rows = [];
    for (let routeId = 1; routeId <= routes; routeId++) {
      const teacher = (routeId - 1) % teacherCount;
      const today = routeId <= due;
      const dueAt = today ? new Date("2027-02-10T03:00:00Z") : new Date("2027-05-20T03:00:00Z");
      rows.push({
        key: `bench|activity_due|route:${routeId}/activity:${routeId}|${dueAt.toISOString()}`,
        userId: teacherIds[teacher]!,
        chatId: BigInt(80_000_000 + teacher),
        kind: "activity_due",
        payload: JSON.stringify({ routeId, activityId: routeId }),
        dueAt,
        routeId,
      });
      if (rows.length === 20_000) await store.bulk.outbox(rows.splice(0));
    }
    await store.bulk.outbox(rows);
    // Steady state: everything is planned; the monitoring and digest of this period are done.
    await store.schedulerState.set("planned-mark", new Date().toISOString());
    await store.schedulerState.set("monitoring:2026", "done");
    await store.schedulerState.set("retention:2027-02-10", "done");
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const api = { sendMessage: async () => ({ message_id: 1 }) } as unknown as Api;
    const scheduler = new Scheduler({ store, api, i18n: app.deps.i18n, config, logger: createLogger("silent", process.stderr), clock: () => now, ratePerSecond: 1e9, perChatIntervalMs: 0, batchSize: 500 });
    // Warm up (query plans, JIT) on a moment when nothing is due yet.
    await scheduler.tick(new Date("2027-02-09T00:00:00Z"));
    const started = performance.now();
    const report = await scheduler.tick(now);
    const tickMs = performance.now() - started;
    // Teachers edit routes spread over the table (content unchanged: what matters is that they changed).
    for (let i = 0; i < CHANGED; i++) {
      const route = await store.routes.byId(1 + Math.floor((i * routes) / CHANGED));
      if (route) await store.routes.saveContent(route, ["active"]);
    }
    const replanned = await scheduler.tick(now);
    return { routes, due, seedSeconds, tickMs, sent: report.sent, ...report.ms, replanningPerRoute: replanned.ms.planning / CHANGED };
  } finally {
    await app.stop();
  }
}
