// npm run bench [-- --full | --round-trips]: update handling, scheduler scale and delivery against Telegram's
// limits; prints a table and writes bench/RESULTS.md with the machine's description.
// Measures, does not assert: the targets are shown next to the figures.
import { writeFileSync } from "node:fs";
import { benchEchoFloor, benchUpdates, type UpdateResult } from "./updates.js";
import { countRoundTrips, summary } from "./round-trips.js";
import { benchSchedulerScale, type ScaleResult } from "./scheduler-scale.js";
import { benchDelivery, type DeliveryResult } from "./delivery.js";
import { fmt, machine, postgresBench, postgresServer, sqliteBench, type BenchDatabase } from "./common.js";

const full = process.argv.includes("--full");
/** Only the round trips per update (quick, while working on the update path); RESULTS.md is left alone. */
const roundTripsOnly = process.argv.includes("--round-trips");
const sizes = {
  users: full ? 1000 : 300,
  routes: full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000],
  due: full ? 10_000 : 1_000,
  reminders: full ? 20_000 : 1_200,
};

async function withDatabase<T>(make: () => BenchDatabase | Promise<BenchDatabase>, work: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const db = await make();
  try {
    return await work(db);
  } finally {
    await db.drop();
  }
}

const lines: string[] = [];
const out = (line = "") => {
  lines.push(line);
  console.log(line);
};

async function main(): Promise<void> {
  const started = Date.now();
  out(`# Benchmarks (${full ? "full" : "default"} sizes)`);
  out();
  out(`Machine: ${machine()}`);
  out(`Date: ${new Date().toISOString()}`);
  out(`PostgreSQL: ${postgresServer ? "yes" : "not configured (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL); its parts are skipped"}`);
  out();

  out("## 0. Database round trips per update (one update at a time, after a warm-up)");
  out();
  out("| database | update | statements | which |");
  out("|---|---|---|---|");
  for (const [name, make] of [["SQLite", sqliteBench], ...(postgresServer ? [["PostgreSQL", postgresBench] as const] : [])] as const) {
    for (const r of await withDatabase(make, countRoundTrips)) out(`| ${name} | ${r.kind} | ${r.statements.length} | ${summary(r.statements)} |`);
  }
  out();
  if (roundTripsOnly) return;

  out("## 1. Update handling (real bot ↔ Telegram stand-in over HTTP)");
  out();
  out(`Mixed workload: ${sizes.users} teachers × (2 menu screens, a button and a written answer) + ${sizes.users} approval presses by the deputies of 10 schools.`);
  out("Target: ≥ 500 updates/s on SQLite with p99 < 50 ms.");
  out();
  out("| stack | updates | updates/s | vs floor | p50 ms | p95 ms | p99 ms | peak RSS MiB |");
  out("|---|---|---|---|---|---|---|---|");
  const floor = await benchEchoFloor(sizes.users * 5);
  const row = (name: string, r: UpdateResult) =>
    out(`| ${name} | ${r.updates} | ${fmt(r.perSecond, 0)} | ${fmt((r.perSecond / floor.perSecond) * 100, 0)} % | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.peakMiB} |`);
  row("bare grammY echo (floor)", floor);
  row("iom-bot, SQLite", await withDatabase(sqliteBench, (db) => benchUpdates(db, sizes.users)));
  if (postgresServer) row("iom-bot, PostgreSQL", await withDatabase(postgresBench, (db) => benchUpdates(db, sizes.users)));
  out();

  out("## 2. Scheduler scale (one tick, SQLite)");
  out();
  out(`The same ${sizes.due} reminders due each time; every route has its schedule in the outbox. Target: < 1 s with 1 000 000 routes and 10 000 due.`);
  out();
  out("| active routes | due | tick ms | sent | seeding s |");
  out("|---|---|---|---|---|");
  const scale: ScaleResult[] = [];
  for (const routes of sizes.routes) {
    const r = await withDatabase(sqliteBench, (db) => benchSchedulerScale(db, routes, sizes.due));
    scale.push(r);
    out(`| ${routes.toLocaleString("en")} | ${r.due} | ${fmt(r.tickMs, 0)} | ${r.sent} | ${fmt(r.seedSeconds)} |`);
  }
  out();

  out("## 3. Delivery against the limits (stand-in: 30 messages/s overall, 1/s per chat, 429 above)");
  out();
  out("Target: ≥ 90 % of 30 messages/s, no duplicates, no losses.");
  out();
  out("| run | reminders | seconds | messages/s | share of limit | 429s | duplicates | losses |");
  out("|---|---|---|---|---|---|---|---|");
  const delivery = (name: string, r: DeliveryResult) =>
    out(`| ${name} | ${r.reminders} | ${fmt(r.seconds)} | ${fmt(r.perSecond)} | ${fmt(r.shareOfLimit * 100, 0)} % | ${r.limited} | ${r.duplicates} | ${r.losses} |`);
  delivery("uninterrupted", await withDatabase(sqliteBench, (db) => benchDelivery(db, sizes.reminders, false)));
  delivery("sender SIGKILLed at 40 % and restarted", await withDatabase(sqliteBench, (db) => benchDelivery(db, sizes.reminders, true)));
  out();
  out(`Total time: ${fmt((Date.now() - started) / 1000, 0)} s.`);
  writeFileSync(new URL("./RESULTS.md", import.meta.url), lines.join("\n") + "\n");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
