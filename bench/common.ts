// Shared pieces of the benchmarks: databases, statistics, the machine's description.
import { cpus, totalmem, platform, release } from "node:os";
import { postgresDatabase, sqliteDatabase, type TestDatabase } from "../tests/helpers/databases.js";

export const postgresServer = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || undefined;

export type BenchDatabase = TestDatabase;

/** A fresh SQLite file, or a fresh PostgreSQL database: the same helpers the tests use. */
export const sqliteBench = sqliteDatabase;
export const postgresBench = (): Promise<BenchDatabase> => postgresDatabase(postgresServer);

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
  // rss() alone: memoryUsage() also walks the heap's spaces, 50 times a second.
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMiB: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time of this process (user + system) since `start`, ms. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
