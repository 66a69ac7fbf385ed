// npm run bench [-- --full | --round-trips | --updates | --instances]: update handling, scheduler scale and delivery against Telegram's
// limits; prints a table and writes bench/RESULTS.md with the machine's description.
// Measures, does not assert: the targets are shown next to the figures.
import { readFileSync, writeFileSync } from "node:fs";
import { benchEchoFloor, benchUpdates, type UpdateResult } from "./updates.js";
import { countRoundTrips, summary } from "./round-trips.js";
import { benchSchedulerScale, type ScaleResult } from "./scheduler-scale.js";
import { benchDelivery, type DeliveryResult } from "./delivery.js";
import { benchInstances, type InstancesResult } from "./instances.js";
import { COMPILED_ENTRY } from "../tests/helpers/process.js";
import { fmt, machine, postgresBench, postgresServer, sqliteBench, type BenchDatabase } from "./common.js";

const full = process.argv.includes("--full");
/** Only the round trips per update (quick, while working on the update path); RESULTS.md is left alone. */
const roundTripsOnly = process.argv.includes("--round-trips");
/** Only the real processes behind a balancer; RESULTS.md is left alone. */
const instancesOnly = process.argv.includes("--instances");
/** Only the round trips and the update handling in process (sections 0 and 1); RESULTS.md is left alone. */
const updatesOnly = process.argv.includes("--updates");
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

/** The compiled bot without the heap limits `npm start` sets (see WHERE-THE-TIME-GOES.md, memory). */
const UNLIMITED_ENTRY = COMPILED_ENTRY.filter((arg) => !arg.startsWith("--max-"));

/** Update handling by real bot processes in webhook mode, 1 to 3 of them on PostgreSQL. */
async function instancesSection(): Promise<void> {
  out("## 1b. Real bot processes in webhook mode behind a balancer");
  out();
  out(`The same teachers and presses, each teacher's updates one after another, all teachers at once; the stand-in posts to a round-robin balancer as Telegram does (≤ 40 requests at once), each bot runs as \`npm start\` runs it (\`node ${COMPILED_ENTRY.join(" ")}\`) in a process of its own. Memory is the largest bot process's resident set (target: < 250 MB at peak).`);
  out();
  out("| database | instances | updates | updates/s | p50 ms | p99 ms | bot RSS at rest MiB | bot RSS peak MiB | approvals lost |");
  out("|---|---|---|---|---|---|---|---|---|");
  const instancesRow = (name: string, r: InstancesResult) =>
    out(`| ${name} | ${r.instances} | ${r.updates} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.restMiB} | ${r.peakMiB} | ${r.lost} |`);
  instancesRow("SQLite", await withDatabase(sqliteBench, (db) => benchInstances(db, 1, sizes.users)));
  instancesRow("SQLite, without the heap limits", await withDatabase(sqliteBench, (db) => benchInstances(db, 1, sizes.users, UNLIMITED_ENTRY)));
  if (postgresServer) for (const n of [1, 2, 3]) instancesRow("PostgreSQL", await withDatabase(postgresBench, (db) => benchInstances(db, n, sizes.users)));
  out();
  out("Latency is what Telegram waits for per request (from the balancer taking it to the instance's answer; the stand-in holds the other updates until one of its 40 connections is free). The stand-in, the balancer and the simulated teachers share the machine's cores with the bots: on a 2-core machine more instances add processes, not cores, so these rows show what each instance costs and that nothing is lost as instances are added; more throughput needs cores (or machines) to spare.");
  out();
}

async function main(): Promise<void> {
  const started = Date.now();
  out(`# Benchmarks (${full ? "full" : "default"} sizes)`);
  out();
  out(`Machine: ${machine()}`);
  out(`Date: ${new Date().toISOString()}`);
  out(`PostgreSQL: ${postgresServer ? "yes" : "not configured (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL); its parts are skipped"}`);
  out();

  if (instancesOnly) return instancesSection();
  out("## 0. Database round trips per update (one update at a time, after a warm-up)");
  out();
  out("Statements the Prisma client compiles cost ≈ 0,2 ms of CPU each, those sent through the driver lane (`src/data/driver-lane.ts`) ≈ 0,02 ms.");
  out();
  out("| database | update | statements | through the client | which |");
  out("|---|---|---|---|---|");
  for (const [name, make] of [["SQLite", sqliteBench], ...(postgresServer ? [["PostgreSQL", postgresBench] as const] : [])] as const) {
    for (const r of await withDatabase(make, countRoundTrips)) out(`| ${name} | ${r.kind} | ${r.statements.length} | ${r.throughClient} | ${summary(r.statements)} |`);
  }
  out();
  if (roundTripsOnly) return;

  out("## 1. Update handling (real bot ↔ Telegram stand-in over HTTP)");
  out();
  out(`Mixed workload: ${sizes.users} teachers × (2 menu screens, a button and a written answer) + ${sizes.users} approval presses by the deputies of 10 schools, each on the request about the route.`);
  out("Targets (issue «Performance»): SQLite ≥ 1 000 updates/s and ≥ 30 % of the floor; PostgreSQL ≥ 25 % of the floor with p99 < 50 ms.");
  out("The floor is measured before and after the bot, so that a noisy machine shows in the figures; each run warms up first with a tenth more updates, not counted.");
  out();
  out("| stack | updates | updates/s | vs floor | target | p50 ms | p95 ms | p99 ms | CPU ms per update | vs floor's CPU | peak RSS MiB |");
  out("|---|---|---|---|---|---|---|---|---|---|---|");
  const before = await benchEchoFloor(sizes.users * 5);
  const rows: [string, UpdateResult, string][] = [];
  rows.push(["iom-bot, SQLite", await withDatabase(sqliteBench, (db) => benchUpdates(db, sizes.users)), "≥ 1 000/s and ≥ 30 %"]);
  if (postgresServer) rows.push(["iom-bot, PostgreSQL", await withDatabase(postgresBench, (db) => benchUpdates(db, sizes.users)), "≥ 25 %, p99 < 50 ms"]);
  const after = await benchEchoFloor(sizes.users * 5);
  const floor = (before.perSecond + after.perSecond) / 2;
  const floorCpu = (before.cpuMs + after.cpuMs) / 2;
  const row = (name: string, r: UpdateResult, target: string) =>
    out(
      `| ${name} | ${r.updates} | ${fmt(r.perSecond, 0)} | ${fmt((r.perSecond / floor) * 100, 0)} % | ${target} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.cpuMs, 2)} | ${fmt((floorCpu / r.cpuMs) * 100, 0)} % | ${r.peakMiB} |`,
    );
  row("bare grammY echo (floor, before)", before, "");
  for (const [name, result, target] of rows) row(name, result, target);
  row("bare grammY echo (floor, after)", after, "");
  out();
  out(
    "«vs floor» is against the mean of the two floor runs. CPU is this process's (the bot, the stand-in and the simulated users; PostgreSQL's server is another process); «vs floor's CPU» is the floor's CPU per update over the row's, which a machine shared with others disturbs less than updates/s. Peak RSS is of the benchmark process.",
  );
  out();
  if (updatesOnly) return;

  await instancesSection();

  out("## 2. Scheduler scale (one tick, SQLite)");
  out();
  out(`The same ${sizes.due} reminders due each time; every route has its schedule in the outbox. Target: ≤ 0,2 ms of CPU per due reminder, flat from 10 000 to 1 000 000 routes.`);
  out();
  out("| active routes | due | tick ms | ms per due reminder | planning ms | claiming ms per reminder | rendering and sending ms per reminder | sent | re-planning ms per changed route | seeding s |");
  out("|---|---|---|---|---|---|---|---|---|---|");
  const scale: ScaleResult[] = [];
  for (const routes of sizes.routes) {
    const r = await withDatabase(sqliteBench, (db) => benchSchedulerScale(db, routes, sizes.due));
    scale.push(r);
    out(`| ${routes.toLocaleString("en")} | ${r.due} | ${fmt(r.tickMs, 0)} | ${fmt(r.tickMs / r.due, 2)} | ${fmt(r.planning, 0)} | ${fmt(r.claiming / r.due, 3)} | ${fmt(r.sending / r.due, 2)} | ${r.sent} | ${fmt(r.replanningPerRoute, 2)} | ${fmt(r.seedSeconds)} |`);
  }
  out();

  out("## 3. Delivery against the limits (stand-in: 30 messages/s overall, 1/s per chat, 429 above)");
  out();
  out("Target: ≥ 95 % of 30 messages/s, no duplicates, no losses, also with the sender SIGKILLed in the middle.");
  out();
  out("| run | reminders | seconds | messages/s | share of limit | 429s | duplicates | losses |");
  out("|---|---|---|---|---|---|---|---|");
  const delivery = (name: string, r: DeliveryResult) =>
    out(`| ${name} | ${r.reminders} | ${fmt(r.seconds)} | ${fmt(r.perSecond)} | ${fmt(r.shareOfLimit * 100, 0)} % | ${r.limited} | ${r.duplicates} | ${r.losses} |`);
  delivery("uninterrupted", await withDatabase(sqliteBench, (db) => benchDelivery(db, sizes.reminders, false)));
  delivery("sender SIGKILLed at 40 % and restarted", await withDatabase(sqliteBench, (db) => benchDelivery(db, sizes.reminders, true)));
  out();
  out(`Total time: ${fmt((Date.now() - started) / 1000, 0)} s.`);
  // What the profile says about where the time goes is written by hand and kept with the figures.
  const analysis = readFileSync(new URL("./WHERE-THE-TIME-GOES.md", import.meta.url), "utf8");
  writeFileSync(new URL("./RESULTS.md", import.meta.url), lines.join("\n") + "\n\n" + analysis);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
