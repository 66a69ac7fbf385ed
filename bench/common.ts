// Shared pieces of the benchmarks: databases, statistics, the machine's description.
import { cpus, totalmem, platform, release } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export const postgresServer = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || undefined;

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

export function sqliteBench(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), "iom-bench-"));
  return { url: `file:${join(dir, "bench.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function postgresBench(): Promise<BenchDatabase> {
  const name = `iom_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresServer });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresServer!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresServer });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

/** Samples the resident set size while `work` runs; returns the peak in MiB. */
export async function peakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMiB: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
