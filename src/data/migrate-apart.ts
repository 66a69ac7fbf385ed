// Migrating loads Prisma's schema engine, a WebAssembly module whose memory (tens of MB) would
// stay in the bot's process for as long as it runs: freed memory is seldom given back to the
// system, even from a worker thread. So the bot's process migrates in a short-lived process of its
// own. Tests and scripts migrate in their own process.
import { fork } from "node:child_process";

interface Outcome {
  applied?: string[];
  failed?: { name?: string; message: string; code?: unknown };
}

export async function applyPendingMigrationsApart(url: string): Promise<string[]> {
  const child = fork(new URL("./migration-process.mjs", import.meta.url), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: [],
    env: { ...process.env, MIGRATE_DATABASE_URL: url },
  });
  const outcome = await new Promise<Outcome>((resolve, reject) => {
    child.once("message", (message) => resolve(message as Outcome));
    child.once("error", reject);
    // "close" comes after the IPC channel is drained ("exit" may come before the last message).
    child.once("close", (code, signal) => reject(new Error(`the migration process stopped (${signal ?? `exit code ${code}`})`)));
  });
  if (outcome.failed) throw Object.assign(new Error(outcome.failed.message), { name: outcome.failed.name ?? "Error", code: outcome.failed.code });
  return outcome.applied ?? [];
}
