// Update handling by 1, 2 or 3 real bot processes (`npm start`'s entry point) in webhook mode
// behind a round-robin balancer, the Telegram stand-in posting to it as Telegram does (up to 40
// requests at once). The same mixed workload as the in-process benchmark, each teacher's updates
// one after another (the next once the previous is answered), all teachers at once. Also the
// bots' resident memory, read from /proc: at rest after start, and the peak under load.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createStore, openDatabase } from "../src/data/index.js";
import { FakeTelegram } from "../src/testing/fake-telegram.js";
import { RoundRobinProxy } from "../src/testing/round-robin-proxy.js";
import { COMPILED_ENTRY, freePort, spawnBot, waitFor, type RunningBot } from "../tests/helpers/process.js";
import { seedWorld } from "./updates.js";
import { percentile, type BenchDatabase } from "./common.js";

export interface InstancesResult {
  instances: number;
  updates: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The largest bot process's resident memory after start and at its peak under load, MiB. */
  restMiB: number;
  peakMiB: number;
  /** Routes whose approval press left no approval behind (lost updates): should be 0. */
  lost: number;
}

const SECRET = "bench-instances-0123456789";

/** Resident set size of a process, MiB (Linux); 0 where /proc is not there. */
function rssMiB(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
}

async function unapproved(database: BenchDatabase, routeIds: number[]): Promise<number> {
  const opened = await openDatabase(database.url, { migrate: false });
  try {
    const store = createStore(opened);
    const routes = await Promise.all(routeIds.map((id) => store.routes.byId(id)));
    // A route whose term has begun becomes active as soon as it is approved.
    return routes.filter((route) => route?.status !== "approved" && route?.status !== "active").length;
  } finally {
    await opened.close();
  }
}

let built = false;
/** The bots run as `npm start` runs them: compiled, so the sources are built first (once per run). */
function buildOnce(): void {
  if (!built) execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  built = true;
}

/** `entry`: node's arguments for each bot (by default as `npm start` runs it). */
export async function benchInstances(database: BenchDatabase, instances: number, users: number, entry = COMPILED_ENTRY): Promise<InstancesResult> {
  buildOnce();
  const tg = new FakeTelegram();
  await tg.start();
  const warm = Math.ceil(users / 10);
  const opened = await openDatabase(database.url);
  const world = await seedWorld(createStore(opened), tg, users + warm);
  await opened.close();
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
  const proxy = new RoundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
  const proxyUrl = await proxy.start();
  const bots: RunningBot[] = ports.map((port) =>
    spawnBot({
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      DATABASE_URL: database.url,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `${proxyUrl}/telegram`,
      WEBHOOK_SECRET: SECRET,
      HTTP_PORT: String(port),
      HTTP_HOST: "127.0.0.1",
      RATE_LIMIT_PER_MINUTE: "10000",
      LOG_LEVEL: "error",
    }, [], entry),
  );
  try {
    await waitFor(() => tg.calls.filter((c) => c.method === "setWebhook").length === instances, 120_000);
    const memory = () => Math.max(...bots.map((bot) => rssMiB(bot.child.pid)));
    const restMiB = memory();
    let peakMiB = restMiB;
    const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, memory())), 100);
    const play = async (from: number, to: number) => {
      await Promise.all(
        Array.from({ length: to - from }, async (_, k) => {
          for (const step of world.stepsOf(from + k)) await tg.pushUpdate(step.update);
        }),
      );
    };
    await play(0, warm);
    const warmRequests = proxy.forwarded.length;
    const started = performance.now();
    await play(warm, warm + users);
    const seconds = (performance.now() - started) / 1000;
    // What Telegram waits for per request: from the balancer taking it to the instance's answer.
    const latencies = proxy.forwarded.slice(warmRequests).map((f) => f.ms);
    clearInterval(sampler);
    peakMiB = Math.max(peakMiB, memory());
    const updates = users * world.stepsOf(0).length;
    return { instances, updates, perSecond: updates / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), restMiB, peakMiB, lost: await unapproved(database, world.routeIds) };
  } finally {
    for (const bot of bots) bot.child.kill("SIGTERM");
    await Promise.all(bots.map((bot) => bot.exited));
    await proxy.stop();
    await tg.stop();
  }
}
