// The reminder sender as its own process (the delivery benchmark kills it with SIGKILL):
// ticks until nothing is pending; it talks to Telegram as the bot's own scheduler does.
import { Api } from "grammy";
import { I18n } from "@grammyjs/i18n";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { openDatabase, createStore } from "../src/data/index.js";
import { Scheduler } from "../src/scheduler/index.js";
import { createI18n } from "../src/bot/i18n.js";
import { telegramClient } from "../src/bot/telegram-fetch.js";

const config = loadConfig(process.env);
const database = await openDatabase(config.DATABASE_URL, { migrate: false });
const store = createStore(database);
const i18n: I18n = createI18n();
const api = new Api(config.BOT_TOKEN, telegramClient(config.TELEGRAM_API_ROOT));
const scheduler = new Scheduler({ store, api, i18n, config, logger: createLogger("silent", process.stderr), clock: () => new Date(), instanceId: process.argv[2] ?? "bench" });
for (;;) {
  await scheduler.tick(new Date());
  const counts = await store.outbox.counts();
  if (!counts.pending) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await database.close();
