// One feature alone on a small bot: the real middleware (user, i18n, session, errors) on a fresh
// SQLite database, no network — every call to Telegram is recorded and answered here.
import type { Middleware } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/index.js";
import type { BotContext } from "../../src/bot/context.js";
import type { BotDeps } from "../../src/bot/deps.js";
import { createI18n } from "../../src/bot/i18n.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createMetrics } from "../../src/metrics.js";
import { createStore, openDatabase, type Store } from "../../src/data/index.js";
import { sqliteDatabase } from "./databases.js";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface FeatureBot {
  store: Store;
  calls: RecordedCall[];
  /** Hands one update to the bot and returns the calls it made for it. */
  handle(update: Omit<Update, "update_id">): Promise<RecordedCall[]>;
  /** Hands an update with its own id (a redelivery keeps its id). */
  handleWithId(update: Update): Promise<RecordedCall[]>;
  stop(): Promise<void>;
}

const BOT_INFO = { id: 42, is_bot: true as const, first_name: "IOM", username: "iom_test_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };

export async function featureBot(features: (deps: BotDeps) => Middleware<BotContext>[], clock = () => new Date("2026-11-26T03:00:00Z")): Promise<FeatureBot> {
  const database = sqliteDatabase();
  const opened = await openDatabase(database.url);
  const store = createStore(opened);
  const config = loadConfig({ BOT_TOKEN: "42:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", DATABASE_URL: database.url, LOG_LEVEL: "silent", SCHEDULER_ENABLED: "false" });
  const deps: BotDeps = { config, store, i18n: createI18n(), logger: createLogger("silent"), clock, metrics: createMetrics() };
  const calls: RecordedCall[] = [];
  let messageId = 1;
  const bot = createBot(deps, {
    botInfo: BOT_INFO,
    features,
    configureApi: (api) =>
      api.config.use(async (_prev, method, payload) => {
        calls.push({ method, payload: payload as Record<string, unknown> });
        const sent = { message_id: messageId++, date: Math.floor(clock().getTime() / 1000), chat: { id: Number((payload as { chat_id?: number }).chat_id ?? 0), type: "private" }, text: (payload as { text?: string }).text };
        return { ok: true, result: (method.startsWith("send") || method === "editMessageText" ? sent : true) as never };
      }),
  });
  let updateId = 1;
  return {
    store,
    calls,
    async handle(update) {
      const before = calls.length;
      await bot.handleUpdate({ update_id: updateId++, ...update } as Update);
      return calls.slice(before);
    },
    async handleWithId(update) {
      const before = calls.length;
      await bot.handleUpdate(update);
      return calls.slice(before);
    },
    async stop() {
      await opened.close();
      await database.drop();
    },
  };
}
