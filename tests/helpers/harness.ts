// Runs the real bot against the local Telegram stand-in over HTTP, on a fresh database.
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { FakeTelegram } from "../../src/testing/fake-telegram.js";
import { TelegramUser, type UserProfile } from "../../src/testing/telegram-user.js";
import { freshDatabase, type Provider, type TestDatabase } from "./databases.js";

export interface HarnessOptions {
  provider?: Provider;
  env?: Record<string, string>;
  clock?: () => Date;
  /** Telegram's sending limits, enforced by the stand-in with 429 answers. */
  limits?: { perSecond: number; perChatPerSecond: number };
}

export interface Harness {
  tg: FakeTelegram;
  app: App;
  database: TestDatabase;
  user(id: number, profile?: UserProfile): TelegramUser;
  /** Stops the bot and starts a new one on the same database, as after a restart. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const tg = new FakeTelegram(options.limits ? { limits: options.limits } : {});
  await tg.start();
  const database = await freshDatabase(options.provider ?? "sqlite");
  const config = loadConfig({
    BOT_TOKEN: tg.token,
    DATABASE_URL: database.url,
    TELEGRAM_API_ROOT: tg.apiRoot,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    // Tests drive the scheduler themselves, tick by tick, with their own clock.
    SCHEDULER_ENABLED: "false",
    HTTP_PORT: "0",
    RATE_LIMIT_PER_MINUTE: "10000",
    ...options.env,
  });
  const boot = async () => {
    const app = await createApp({ config, logger: createLogger(config.LOG_LEVEL, process.stderr), botInfo: tg.botInfo, ...(options.clock ? { clock: options.clock } : {}) });
    await app.start();
    return app;
  };
  tg.handledHook = (updateId) => harness.app.waitHandled(updateId);
  const harness: Harness = {
    tg,
    app: await boot(),
    database,
    user: (id, profile) => new TelegramUser(tg, id, profile),
    async restart() {
      await harness.app.stop();
      harness.app = await boot();
    },
    async stop() {
      await harness.app.stop();
      await tg.stop();
      await database.drop();
    },
  };
  return harness;
}
