// Round trips to the database per update, by kind: each update of the benchmark's workload is
// sent alone and the statements it caused are counted (and named, shortened) from the driver.
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { FakeTelegram } from "../src/testing/fake-telegram.js";
import { seedWorld } from "./updates.js";
import type { BenchDatabase } from "./common.js";

export interface RoundTrips {
  kind: string;
  statements: string[];
  /** Of them, those the Prisma client compiled (the rest went through the driver lane, or are BEGIN/COMMIT). */
  throughClient: number;
}

/** The client names tables with their schema (`main`.`User`, "public"."User"); the lane's SQL does not. */
function compiledByClient(sql: string): boolean {
  return /[`"](main|public)[`"]\./.test(sql);
}

/** "SELECT … FROM "main"."User" WHERE …" → "SELECT User"; writes joined in one WITH → "(INSERT SessionRecord + UPDATE ProcessedUpdate)". */
export function statementName(sql: string): string {
  if (/^\s*WITH\b/i.test(sql)) {
    const writes = [...sql.matchAll(/\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"(\w+)"/gi)].map(([, verb, table]) => `${verb!.split(/\s+/)[0]!.toUpperCase()} ${table}`);
    if (writes.length > 1) return `(${writes.join(" + ")})`;
  }
  const verb = sql.trim().split(/\s+/)[0]!.toUpperCase();
  const table = /(?:FROM|INTO|UPDATE)\s+(?:[`"]\w+[`"]\.)?[`"]?(\w+)[`"]?/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}

export async function countRoundTrips(database: BenchDatabase): Promise<RoundTrips[]> {
  const tg = new FakeTelegram();
  await tg.start();
  let log: string[] = [];
  let compiled = 0;
  const config = loadConfig({ BOT_TOKEN: tg.token, DATABASE_URL: database.url, TELEGRAM_API_ROOT: tg.apiRoot, LOG_LEVEL: "silent", SCHEDULER_ENABLED: "false", HTTP_ENABLED: "false" });
  const app = await createApp({ config, logger: createLogger("silent", process.stderr), botInfo: tg.botInfo, observeQuery: (sql) => (compiled += compiledByClient(sql) ? 1 : 0) + log.push(process.env.RAW_SQL ? sql.replace(/\s+/g, " ").slice(0, 90) + " … " + sql.replace(/\s+/g, " ").slice(-60) : statementName(sql)) });
  await app.start();
  try {
    const world = await seedWorld(app.store, tg, 3);
    const result = new Map<string, RoundTrips>();
    // The first teacher warms up (first reads, caches); the second is counted.
    for (const i of [0, 1]) {
      for (const step of world.stepsOf(i)) {
        log = [];
        compiled = 0;
        await app.waitHandled(tg.enqueueUpdate(step.update));
        result.set(step.kind, { kind: step.kind, statements: log, throughClient: compiled });
      }
    }
    return [...result.values()];
  } finally {
    await app.stop();
    await tg.stop();
  }
}

/** "SELECT User ×2, UPDATE Session" */
export function summary(statements: string[]): string {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(", ");
}
