// The application: database, translations, the bot and its polling or webhook loop.
import { createServer, type Server } from "node:http";
import { webhookCallback, type Api, type RawApi } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { createStore, openDatabase, type Store } from "./data/index.js";
import { createBot } from "./bot/index.js";
import { createI18n } from "./bot/i18n.js";
import { publishCommands } from "./bot/commands.js";
import type { BotDeps } from "./bot/deps.js";
import { starterCatalog } from "./domain/catalog.js";
import { Scheduler } from "./scheduler/index.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: () => Date;
  /** Known bot identity (skips getMe), e.g. in tests. */
  botInfo?: UserFromGetMe;
  configureApi?: (api: Api<RawApi>) => void;
}

export interface App {
  deps: BotDeps;
  store: Store;
  bot: ReturnType<typeof createBot>;
  scheduler: Scheduler;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const database = await openDatabase(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  if (database.appliedMigrations.length) logger.info({ migrations: database.appliedMigrations }, "database migrated");
  const store = createStore(database);
  if (await store.catalog.seedIfEmpty(starterCatalog())) logger.info("resource catalogue seeded");
  const i18n = createI18n();
  const deps: BotDeps = { config, store, i18n, logger, clock: options.clock ?? (() => new Date()) };
  const bot = createBot(deps, {
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.configureApi ? { configureApi: options.configureApi } : {}),
  });

  const scheduler = new Scheduler({ store, api: bot.api, i18n, config, logger, clock: deps.clock });
  let server: Server | undefined;
  let polling: Promise<void> | undefined;

  return {
    deps,
    store,
    bot,
    scheduler,
    async start() {
      await bot.init();
      await publishCommands(bot.api, i18n, logger);
      if (config.BOT_MODE === "webhook") {
        server = createServer(webhookCallback(bot, "http", { secretToken: config.WEBHOOK_SECRET! }));
        await new Promise<void>((resolve) => server!.listen(config.HTTP_PORT, config.HTTP_HOST, resolve));
        await bot.api.setWebhook(config.WEBHOOK_URL!, { secret_token: config.WEBHOOK_SECRET! });
        logger.info({ port: config.HTTP_PORT }, "webhook server listening");
        if (config.SCHEDULER_ENABLED) scheduler.start();
        return;
      }
      if (config.SCHEDULER_ENABLED) scheduler.start();
      await bot.api.deleteWebhook();
      polling = bot.start({ drop_pending_updates: false, onStart: (me) => logger.info({ bot: me.username }, "polling started") });
      polling.catch((error) => logger.fatal({ err: error }, "polling stopped with an error"));
    },
    async stop() {
      await scheduler.stop();
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      if (bot.isRunning()) await bot.stop();
      await polling?.catch(() => undefined);
      await database.close();
    },
  };
}
