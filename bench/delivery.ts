// Delivery against Telegram's limits: the stand-in answers 429 above 30 messages/s overall and
// 1/s per chat. N reminders are sent; the achieved rate, 429s, duplicates and losses are counted;
// then the same with the sender killed (SIGKILL) in the middle and restarted.
import { spawn } from "node:child_process";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { FakeTelegram } from "../src/testing/fake-telegram.js";
import type { BenchDatabase } from "./common.js";

export interface DeliveryResult {
  reminders: number;
  seconds: number;
  perSecond: number;
  shareOfLimit: number;
  limited: number;
  duplicates: number;
  losses: number;
}

const FIRST_CHAT = 90_000_000;

async function seed(database: BenchDatabase, tg: FakeTelegram, reminders: number): Promise<number> {
  const config = loadConfig({ BOT_TOKEN: tg.token, DATABASE_URL: database.url, LOG_LEVEL: "silent", SCHEDULER_ENABLED: "false", HTTP_ENABLED: "false" });
  const app = await createApp({ config, logger: createLogger("silent", process.stderr), botInfo: tg.botInfo });
  // Four reminders per chat, so the per-chat limit matters too.
  const chats = Math.ceil(reminders / 4);
  const ids = await app.store.bulk.users(Array.from({ length: chats }, (_, i) => BigInt(FIRST_CHAT + i)));
  const dueAt = new Date(Date.now() - 60_000);
  await app.store.bulk.outbox(
    Array.from({ length: reminders }, (_, i) => ({
      key: `bench|${i}`,
      userId: ids[i % chats]!,
      chatId: BigInt(FIRST_CHAT + (i % chats)),
      kind: i % 2 ? "school_year_start" : "school_year_end",
      payload: "{}",
      dueAt,
    })),
  );
  await app.store.schedulerState.set("planned-mark", new Date().toISOString());
  await app.stop();
  return chats;
}

function count(tg: FakeTelegram, chats: number, reminders: number): { duplicates: number; losses: number } {
  let duplicates = 0;
  let losses = 0;
  for (let c = 0; c < chats; c++) {
    const expected = Math.floor(reminders / chats) + (c < reminders % chats ? 1 : 0);
    const got = tg.messages(FIRST_CHAT + c).length;
    if (got > expected) duplicates += got - expected;
    if (got < expected) losses += expected - got;
  }
  return { duplicates, losses };
}

function sender(tg: FakeTelegram, database: BenchDatabase, name: string) {
  return spawn(process.execPath, ["--import", "tsx", "bench/sender-process.ts", name], {
    env: { ...process.env, BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, DATABASE_URL: database.url, LOG_LEVEL: "silent", TIMEZONE: "UTC", QUIET_HOURS_FROM: "0", QUIET_HOURS_TO: "0" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

const exit = (child: ReturnType<typeof spawn>) => new Promise((resolve) => child.once("exit", resolve));

export async function benchDelivery(database: BenchDatabase, reminders: number, killMidway: boolean): Promise<DeliveryResult> {
  const tg = new FakeTelegram({ limits: { perSecond: 30, perChatPerSecond: 1 } });
  await tg.start();
  try {
    const chats = await seed(database, tg, reminders);
    const started = performance.now();
    let child = sender(tg, database, "first");
    if (killMidway) {
      const sentBefore = () => [...tg.chats.values()].reduce((sum, list) => sum + list.length, 0);
      while (sentBefore() < reminders * 0.4) await new Promise((resolve) => setTimeout(resolve, 50));
      child.kill("SIGKILL");
      await exit(child);
      child = sender(tg, database, "second");
    }
    await exit(child);
    const seconds = (performance.now() - started) / 1000;
    const sent = [...tg.chats.values()].reduce((sum, list) => sum + list.length, 0);
    return { reminders, seconds, perSecond: sent / seconds, shareOfLimit: sent / seconds / 30, limited: tg.limited, ...count(tg, chats, reminders) };
  } finally {
    await tg.stop();
  }
}
