// The scheduler: a node-cron tick every minute plans what the domain says is due into the
// durable outbox, then a sender delivers due rows at Telegram's pace, outside quiet hours,
// holidays and personal pauses. Safe to restart (rows are durable, keys unique) and safe with
// several instances (rows are claimed with a lease).
import { randomBytes } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import { GrammyError, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import type { ActivityFacts, OutboxRow, Store } from "../data/index.js";
import { nextDeliveryTime, type DeliveryWindow } from "../domain/schedule.js";
import { shouldActivate, transition } from "../domain/lifecycle.js";
import type { RouteStatus } from "../domain/route.js";
import { addDays, localDateOf } from "../domain/time.js";
import { planDigest, planMonitoring, planRoute, type PlannerSettings } from "./planner.js";
import { renderReminder, type Rendered } from "./messages.js";

export interface SchedulerOptions {
  store: Store;
  api: Api;
  i18n: I18n;
  config: Config;
  logger: Logger;
  clock: () => Date;
  /** Messages per second overall (Telegram allows about 30, the default). */
  ratePerSecond?: number;
  /** Minimum gap between two messages to one chat, ms (Telegram allows about 1/s). */
  perChatIntervalMs?: number;
  batchSize?: number;
  instanceId?: string;
  sleep?: (ms: number) => Promise<void>;
  metrics?: Metrics;
}

export interface TickReport {
  planned: number;
  sent: number;
  dropped: number;
  postponed: number;
  failed: number;
  /** Where the tick's time went, ms: planning, claiming due rows (with what they need), rendering and sending. */
  ms: { planning: number; claiming: number; sending: number };
}

const emptyReport = (): TickReport => ({ planned: 0, sent: 0, dropped: 0, postponed: 0, failed: 0, ms: { planning: 0, claiming: 0, sending: 0 } });

/** Claims are short and renewed before each send, so a crashed sender's rows return quickly. */
const LEASE_MS = 10_000;

/** What one tick looks up once, a batch at a time: recipients, their districts' holidays, activities. */
class TickCache {
  readonly windows = new Map<number, DeliveryWindow>();
  private readonly holidays = new Map<number, { start: string; end: string }[]>();
  private readonly districts = new Map<number, number[]>();
  private readonly users = new Map<number, Awaited<ReturnType<Store["users"]["byId"]>>>();
  private readonly activities = new Map<number, ActivityFacts | undefined>();
  constructor(private readonly store: Store) {}

  /** Reads what a batch of rows needs in a few queries instead of a few per row. */
  async preload(rows: OutboxRow[]): Promise<void> {
    const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is number => id !== null && !this.users.has(id)))];
    if (userIds.length) {
      const users = await this.store.users.byIds(userIds);
      for (const id of userIds) this.users.set(id, users.find((u) => u.id === id) ?? null);
      for (const [id, districts] of await this.store.organisations.districtsOfUsers(userIds)) this.districts.set(id, districts);
    }
    const activityIds = [...new Set(rows.map((r) => Number(r.payload.activityId)).filter((id) => Number.isInteger(id) && id > 0 && !this.activities.has(id)))];
    if (activityIds.length) {
      const facts = await this.store.routes.activityFacts(activityIds);
      for (const id of activityIds) this.activities.set(id, facts.get(id));
    }
  }

  async user(id: number) {
    if (!this.users.has(id)) this.users.set(id, await this.store.users.byId(id));
    return this.users.get(id);
  }

  async districtsOf(userId: number): Promise<number[]> {
    if (!this.districts.has(userId)) this.districts.set(userId, (await this.store.organisations.districtsOfUsers([userId])).get(userId) ?? []);
    return this.districts.get(userId)!;
  }

  async holidaysOf(districtId: number) {
    if (!this.holidays.has(districtId)) this.holidays.set(districtId, await this.store.organisations.holidaysOf(districtId));
    return this.holidays.get(districtId)!;
  }

  readonly activity = async (id: number): Promise<ActivityFacts | undefined> => {
    if (!this.activities.has(id)) this.activities.set(id, (await this.store.routes.activityFacts([id])).get(id));
    return this.activities.get(id);
  };

  block(id: number): void {
    const user = this.users.get(id);
    if (user) this.users.set(id, { ...user, isActive: false });
  }
}
const MAX_ATTEMPTS = 8;
/** Routes whose reminders are planned (or dropped) when they change. */
const PLANNED_STATUSES: readonly RouteStatus[] = ["submitted", "approved", "active"];
/** Clocks and timers are not exact to the millisecond. */
const RATE_MARGIN_MS = 5;
const PLAN_BATCH = 500;

export class Scheduler {
  private task: ScheduledTask | undefined;
  private current: Promise<TickReport> | undefined;
  private stopping = false;
  private readonly lastSentToChat = new Map<string, number>();
  /** When Telegram answered the last `perSecond` sends, oldest first. */
  private readonly answeredAt: number[] = [];
  private pausedUntil = 0;
  readonly instanceId: string;
  readonly stats = { sent: 0, failed: 0, dropped: 0, ticks: 0 };
  lastTickAt: Date | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.instanceId = options.instanceId ?? `${process.pid}-${randomBytes(4).toString("hex")}`;
  }

  private get settings(): PlannerSettings {
    return { timeZone: this.options.config.TIMEZONE, daysAhead: this.options.config.REMINDER_DAYS_AHEAD };
  }

  /** Ticks at once (a restarted process catches up without waiting for the minute), then every minute. */
  start(): void {
    this.stopping = false;
    const tick = () => void this.tick().catch((error) => this.options.logger.error({ err: error }, "scheduler tick failed"));
    this.task = cron.schedule("* * * * *", tick, { noOverlap: true } as never);
    tick();
  }

  /** Stops taking ticks; the sender stops after its current row. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.task?.stop();
    this.task = undefined;
    await this.current?.catch(() => undefined); // the tick reports its own failures; stopping only waits for it
  }

  /** One tick: plan, then deliver what is due. Ticks never overlap within an instance. */
  tick(now = this.options.clock()): Promise<TickReport> {
    if (this.current) return this.current;
    if (this.stopping) return Promise.resolve(emptyReport());
    this.current = this.runTick(now).finally(() => {
      this.current = undefined;
    });
    return this.current;
  }

  private async runTick(now: Date): Promise<TickReport> {
    const report = emptyReport();
    const started = performance.now();
    report.planned += await this.planChangedRoutes();
    report.planned += await this.activateStartedRoutes(now);
    report.planned += await planMonitoring(this.options.store, localDateOf(now, this.settings.timeZone), this.settings);
    report.planned += await planDigest(this.options.store, now, this.settings);
    report.ms.planning = performance.now() - started;
    await this.deliver(now, report);
    await this.applyRetention(now);
    this.stats.ticks++;
    this.lastTickAt = now;
    await this.options.store.schedulerState.set("last-tick", now.toISOString());
    return report;
  }

  /** Once a day: forget handled update ids after a week, technical records after the retention period. */
  private async applyRetention(now: Date): Promise<void> {
    const store = this.options.store;
    const mark = `retention:${localDateOf(now, this.settings.timeZone)}`;
    if (await store.schedulerState.get(mark)) return;
    const retention = new Date(now.getTime() - this.options.config.DATA_RETENTION_DAYS * 86_400_000);
    await store.updates.prune(new Date(now.getTime() - 7 * 86_400_000));
    await store.outbox.pruneFinished(retention);
    await store.audit.prune(retention);
    await store.schedulerState.set(mark, now.toISOString());
  }

  private async planChangedRoutes(): Promise<number> {
    const store = this.options.store;
    const mark = new Date((await store.schedulerState.get("planned-mark")) ?? 0);
    let planned = 0;
    for (;;) {
      const changed = await store.routes.changedSince(mark, PLAN_BATCH);
      if (!changed.length) break;
      for (const { id } of changed.filter((route) => PLANNED_STATUSES.includes(route.status))) {
        const route = await store.routes.byId(id);
        if (route) planned += await planRoute(store, route, this.settings);
      }
      mark.setTime(changed.at(-1)!.updatedAt.getTime());
      await store.schedulerState.set("planned-mark", mark.toISOString());
      if (changed.length < PLAN_BATCH) break;
    }
    return planned;
  }

  private async activateStartedRoutes(now: Date): Promise<number> {
    const store = this.options.store;
    const today = localDateOf(now, this.settings.timeZone);
    for (const id of await store.routes.toActivate(today)) {
      const route = await store.routes.byId(id);
      if (route && shouldActivate(route, today)) await store.routes.changeStatus(route, transition(route, { type: "activate", today }, now));
    }
    return 0;
  }

  private async windowFor(userId: number | null, now: Date, cache: TickCache): Promise<DeliveryWindow> {
    const { config } = this.options;
    const window: DeliveryWindow = { timeZone: config.TIMEZONE, quietFrom: config.QUIET_HOURS_FROM, quietTo: config.QUIET_HOURS_TO, pauses: [] };
    if (userId === null) return window;
    const cached = cache.windows.get(userId);
    if (cached) return cached;
    cache.windows.set(userId, window);
    const user = await cache.user(userId);
    if (user?.timezone) window.timeZone = user.timezone;
    if (user?.pausedUntil && user.pausedUntil > now) {
      window.pauses.push({ start: localDateOf(now, window.timeZone), end: addDays(localDateOf(user.pausedUntil, window.timeZone), -1) });
    }
    for (const districtId of await cache.districtsOf(userId)) window.pauses.push(...(await cache.holidaysOf(districtId)));
    return window;
  }

  private async deliver(now: Date, report: TickReport): Promise<void> {
    const { store, batchSize = 50 } = this.options;
    const cache = new TickCache(store);
    while (!this.stopping) {
      const claiming = performance.now();
      const rows = await store.outbox.claimDue(now, batchSize, this.instanceId, this.leaseUntil(now));
      if (rows.length) await cache.preload(rows);
      const sending = performance.now();
      report.ms.claiming += sending - claiming;
      if (!rows.length) return;
      for (const row of rows) {
        if (this.stopping) {
          await store.outbox.postpone(row.id, row.nextAttemptAt);
          continue;
        }
        await this.deliverOne(row, now, report, cache);
      }
      report.ms.sending += performance.now() - sending;
      if (rows.length < batchSize) return;
    }
  }

  private async deliverOne(row: OutboxRow, now: Date, report: TickReport, cache: TickCache): Promise<void> {
    const { store, i18n, logger } = this.options;
    if (row.notAfter && now > row.notAfter) {
      await this.drop(row, "expired", report);
      return;
    }
    const user = row.userId === null ? undefined : await cache.user(row.userId);
    if (row.userId !== null && (!user || !user.isActive)) {
      await this.drop(row, "inactive", report);
      return;
    }
    const window = await this.windowFor(row.userId, now, cache);
    const deliverAt = nextDeliveryTime(now, window);
    if (deliverAt > now) {
      if (row.notAfter && deliverAt > row.notAfter) await this.drop(row, "expired", report);
      else {
        await store.outbox.postpone(row.id, deliverAt);
        report.postponed++;
      }
      return;
    }
    const rendered = await renderReminder(store, i18n, row, user?.locale ?? "ru", window.timeZone, now, cache.activity);
    if (!rendered) {
      await this.drop(row, "obsolete", report);
      return;
    }
    const chatWait = this.chatWait(String(row.chatId));
    if (chatWait > 0) {
      // Another message went to this chat a moment ago: this one waits, the others go on.
      await store.outbox.postpone(row.id, new Date(now.getTime() + chatWait));
      report.postponed++;
      return;
    }
    await this.pace(String(row.chatId));
    if (!(await this.holdLease(row, now))) return;
    try {
      await this.send(Number(row.chatId), rendered);
      await store.outbox.markSent(row.id, now);
      report.sent++;
      this.stats.sent++;
      this.options.metrics?.remindersSent.inc();
    } catch (error) {
      await this.handleSendError(row, error, now, report);
      if (error instanceof GrammyError && error.error_code === 403 && row.userId !== null) cache.block(row.userId);
      logger.warn({ err: error, outbox: row.id }, "reminder not delivered");
    }
  }

  private async handleSendError(row: OutboxRow, error: unknown, now: Date, report: TickReport): Promise<void> {
    const store = this.options.store;
    if (error instanceof GrammyError && error.error_code === 429) {
      const seconds = error.parameters.retry_after ?? 1;
      this.pausedUntil = Date.now() + seconds * 1000;
      await store.outbox.postpone(row.id, new Date(now.getTime() + seconds * 1000));
      report.postponed++;
      return;
    }
    if (error instanceof GrammyError && error.error_code === 403) {
      if (row.userId !== null) {
        await store.users.markBlocked(row.userId, now);
        await store.outbox.dropPendingOf(row.userId, "blocked");
      }
      await store.outbox.finish(row.id, "failed", "blocked");
      report.failed++;
      this.stats.failed++;
      this.options.metrics?.remindersFailed.inc();
      return;
    }
    const attempts = row.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      await store.outbox.finish(row.id, "failed", String((error as Error)?.message ?? error));
      report.failed++;
      this.stats.failed++;
      this.options.metrics?.remindersFailed.inc();
      return;
    }
    const backoffMinutes = Math.min(2 ** (attempts - 1), 60);
    await store.outbox.postpone(row.id, new Date(now.getTime() + backoffMinutes * 60_000), { failed: String((error as Error)?.message ?? error) });
    report.postponed++;
  }

  private async drop(row: OutboxRow, reason: string, report: TickReport): Promise<void> {
    await this.options.store.outbox.finish(row.id, "dropped", reason);
    report.dropped++;
    this.stats.dropped++;
    this.options.metrics?.remindersDropped.inc();
  }

  /** Keeps the claim on a row until it is sent: renewed when less than half of it is left. */
  private async holdLease(row: OutboxRow, tickNow: Date): Promise<boolean> {
    const present = Math.max(tickNow.getTime(), this.options.clock().getTime());
    if (row.lockedUntil && row.lockedUntil.getTime() - present > LEASE_MS / 2) return true;
    const until = this.leaseUntil(tickNow);
    if (!(await this.options.store.outbox.renewLease(row.id, row.lockedBy!, until))) return false;
    row.lockedUntil = until;
    return true;
  }

  /** A tick can run for minutes: leases count from the present moment, not from the tick's start. */
  private leaseUntil(tickNow: Date): Date {
    return new Date(Math.max(tickNow.getTime(), this.options.clock().getTime()) + LEASE_MS);
  }

  private chatWait(chat: string): number {
    const perChat = this.options.perChatIntervalMs ?? 1000;
    return Math.max(0, (this.lastSentToChat.get(chat) ?? -Infinity) + perChat - Date.now());
  }

  /** Sends, noting when Telegram answered: the pace counts from answers (see pace). */
  private async send(chatId: number, rendered: Rendered): Promise<void> {
    try {
      await this.options.api.sendMessage(chatId, rendered.text, rendered.keyboard ? { reply_markup: rendered.keyboard } : {});
    } finally {
      this.answeredAt.push(Date.now());
      if (this.answeredAt.length > this.perSecond) this.answeredAt.splice(0, this.answeredAt.length - this.perSecond);
    }
  }

  private get perSecond(): number {
    return this.options.ratePerSecond ?? 30;
  }

  /**
   * Keeps under Telegram's messages per second; honours a 429's pause. Telegram counts messages as
   * they arrive, and a fixed gap between sends is bunched up on the way there (answers of 429 then
   * pause everything): so a message goes only a second after the answer to the one `perSecond`
   * sends back. That one arrived before its answer and this one arrives after it is sent, so no
   * second of arrivals holds more than `perSecond`.
   */
  private async pace(chat: string): Promise<void> {
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const answered = this.answeredAt.length >= this.perSecond ? this.answeredAt[this.answeredAt.length - this.perSecond]! : -Infinity;
    const waitFor = Math.max(this.pausedUntil - Date.now(), answered + 1000 + RATE_MARGIN_MS - Date.now(), 0);
    if (waitFor > 0) await sleep(waitFor);
    const sentAt = Date.now();
    this.lastSentToChat.set(chat, sentAt);
    if (this.lastSentToChat.size > 10_000) this.lastSentToChat.clear();
  }
}
