// The application: database, translations, the bot and its polling or webhook loop.
import type { Server } from "node:http";
import { Api, webhookCallback, type RawApi } from "grammy";
import type { RunnerHandle } from "@grammyjs/runner";
import { startDurablePolling, UpdateInbox } from "./bot/inbox.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { createHttpServer, type Health } from "./http.js";
import { listenOrExplain, reachTelegram } from "./startup.js";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { createStore, openDatabase, type Store } from "./data/index.js";
import { createBot } from "./bot/index.js";
import { ignoreHarmlessErrors } from "./bot/api-guards.js";
import { createI18n } from "./bot/i18n.js";
import { publishCommands } from "./bot/commands.js";
import type { BotDeps } from "./bot/deps.js";
import { starterCatalog } from "./domain/catalog.js";
import { Scheduler } from "./scheduler/index.js";
import { telegramClient } from "./bot/telegram-fetch.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: () => Date;
  /** Known bot identity (skips getMe), e.g. in tests. */
  botInfo?: UserFromGetMe;
  configureApi?: (api: Api<RawApi>) => void;
  /** Told how long each update took to handle, in ms (benchmarks). */
  observeLatency?: (ms: number) => void;
  /** Told the SQL of every statement sent to the database (the benchmark counts round trips). */
  observeQuery?: (sql: string) => void;
  /** Migrate in a process of its own, giving the schema engine's memory back (the bot's own process). */
  migrateApart?: boolean;
}

export interface App {
  deps: BotDeps;
  store: Store;
  bot: ReturnType<typeof createBot>;
  scheduler: Scheduler;
  /** The Api the scheduler sends with: no retries, it handles failures per row. */
  schedulerApi: Api;
  metrics: Metrics;
  /** The port of /healthz, /metrics and the webhook, once started. */
  httpPort(): number | undefined;
  health(): Promise<Health>;
  /** Resolves when the bot has finished with the update (at once if it already has). */
  waitHandled(updateId: number): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const database = await openDatabase(config.DATABASE_URL, {
    poolSize: config.DATABASE_POOL_SIZE,
    migrateApart: options.migrateApart ?? false,
    ...(options.observeQuery ? { observeQuery: options.observeQuery } : {}),
  });
  if (database.appliedMigrations.length) logger.info({ migrations: database.appliedMigrations }, "database migrated");
  const store = createStore(database);
  if (await store.catalog.seedIfEmpty(starterCatalog())) logger.info("resource catalogue seeded");
  const i18n = createI18n();
  const metrics = createMetrics();
  const deps: BotDeps = { config, store, i18n, logger, clock: options.clock ?? (() => new Date()), metrics };
  const handled = new Set<number>();
  const waiters = new Map<number, (() => void)[]>();
  let inFlight = 0;
  const idle: (() => void)[] = [];
  const onStarted = () => {
    inFlight++;
  };
  const onHandled = (updateId: number) => {
    inFlight = Math.max(0, inFlight - 1);
    if (inFlight === 0) for (const wake of idle.splice(0)) wake();
    handled.add(updateId);
    if (handled.size > 10_000) handled.delete(handled.values().next().value!);
    for (const wake of waiters.get(updateId) ?? []) wake();
    waiters.delete(updateId);
  };
  const bot = createBot(deps, {
    onHandled,
    onStarted,
    ...(options.observeLatency ? { observeLatency: options.observeLatency } : {}),
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.configureApi ? { configureApi: options.configureApi } : {}),
  });

  // The scheduler paces itself and handles 429 and failures per row, so it gets no retries here
  // (a retry would hold a claimed row past its lease).
  const schedulerApi = new Api(config.BOT_TOKEN, telegramClient(config.TELEGRAM_API_ROOT));
  schedulerApi.config.use(ignoreHarmlessErrors(logger));
  options.configureApi?.(schedulerApi);
  const scheduler = new Scheduler({ store, api: schedulerApi, i18n, config, logger, clock: deps.clock, metrics });
  let server: Server | undefined;
  let port: number | undefined;
  let runner: RunnerHandle | undefined;
  const stopping = new AbortController();
  const inbox = new UpdateInbox({ bot, store, logger, soleInstance: database.provider === "sqlite" });

  const health = async (): Promise<Health> => {
    const database = await store.ping();
    // Health reports what it can: a part that fails to answer is shown as unknown (null).
    const backlog = database ? await store.outbox.backlog(deps.clock()).catch(() => null) : null;
    if (backlog !== null) metrics.outboxBacklog.set(backlog);
    const lastTick = database ? ((await store.schedulerState.get("last-tick").catch(() => undefined)) ?? null) : null;
    return { ok: database, database, lastTick, outboxBacklog: backlog };
  };

  return {
    deps,
    store,
    bot,
    scheduler,
    schedulerApi,
    metrics,
    httpPort: () => port,
    waitHandled: (updateId) =>
      handled.has(updateId) ? Promise.resolve() : new Promise<void>((resolve) => waiters.set(updateId, [...(waiters.get(updateId) ?? []), resolve])),
    health,
    async start() {
      const where = config.TELEGRAM_API_ROOT ?? "https://api.telegram.org";
      const reached = await reachTelegram(
        async (signal) => {
          if (!bot.isInited()) bot.botInfo = await bot.api.getMe(signal as Parameters<typeof bot.api.getMe>[0]);
        },
        { where, logger, stopping: stopping.signal },
      );
      if (!reached) return;
      await publishCommands(bot.api, i18n, logger);
      const webhook = config.BOT_MODE === "webhook";
      // No time limit on a webhook request: its answer says whether the update was taken (an error
      // makes Telegram deliver it again). grammY's limit would answer early and leave the handler's
      // later failure as an unhandled rejection, which ends the process.
      if (config.HTTP_ENABLED || webhook) {
        server = createHttpServer({
          metrics,
          health,
          ...(webhook ? { webhookPath: new URL(config.WEBHOOK_URL!).pathname, webhook: webhookCallback(bot, "http", { secretToken: config.WEBHOOK_SECRET!, timeoutMilliseconds: Infinity }) } : {}),
        });
        port = await listenOrExplain(server, config.HTTP_PORT, config.HTTP_HOST);
        logger.info({ port }, "http server listening");
      }
      // What a previous process received but did not finish is handled before anything new.
      await inbox.replay(true);
      inbox.startSweeping();
      if (config.SCHEDULER_ENABLED) scheduler.start();
      if (webhook) {
        await bot.api.setWebhook(config.WEBHOOK_URL!, { secret_token: config.WEBHOOK_SECRET! });
        return;
      }
      await bot.api.deleteWebhook();
      // Each handler mostly waits for Telegram (≈ 0,1 s a call over the internet), so several run at
      // once; on a busy processor more of them only make each take longer (bench/RESULTS.md).
      const concurrency = config.UPDATE_CONCURRENCY ?? (database.provider === "sqlite" ? 8 : Math.max(4, config.DATABASE_POOL_SIZE * 2));
      runner = startDurablePolling(bot, inbox, { concurrency, allowedUpdates: ["message", "callback_query"] });
      logger.info({ bot: bot.botInfo.username }, "polling started");
    },
    /** Stops taking updates, finishes the ones in flight, stops the scheduler after its current row, closes the database. */
    async stop() {
      stopping.abort();
      if (runner?.isRunning()) await runner.stop();
      await inbox.stop();
      // Let the updates already being handled finish their replies.
      if (inFlight > 0) await new Promise<void>((resolve) => idle.push(resolve));
      await scheduler.stop();
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await database.close();
    },
  };
}
