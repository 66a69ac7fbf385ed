// The real bot process (`npm start`'s entry point) against the Telegram stand-in.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import type { FakeTelegram } from "../../src/testing/fake-telegram.js";

export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts the bot in polling mode on `databaseUrl`; resolves once it polls. */
export async function startBotProcess(tg: FakeTelegram, databaseUrl: string, logLevel = "warn"): Promise<ChildProcess> {
  const callsBefore = tg.calls.length;
  const child = spawn(process.execPath, SOURCE_ENTRY, {
    env: {
      ...process.env,
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: logLevel,
      SCHEDULER_ENABLED: "false",
      HTTP_ENABLED: "false",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitFor(() => tg.calls.slice(callsBefore).some((c) => c.method === "deleteWebhook"), 60_000);
  return child;
}

export interface RunningBot {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<number | null>;
}

/** The entry point as the tests run it: the sources, through tsx (nothing to build first). */
export const SOURCE_ENTRY = ["--import", "tsx", "src/main.ts"];
/** Node's arguments as `npm start` (and the image) run the bot after `npm run build`, read from package.json. */
export const COMPILED_ENTRY = startArguments();

function startArguments(): string[] {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  const node = / && node (.+)$/.exec(start);
  if (!node) throw new Error(`package.json: the start script does not end with "&& node …": ${start}`);
  return node[1]!.split(" ");
}

/** Starts the bot's entry point with the given environment (behind `prefix`, a command such as setpriv), collecting what it writes. */
export function spawnBot(env: Record<string, string>, prefix: string[] = [], entry = SOURCE_ENTRY): RunningBot {
  const command = [...prefix, process.execPath, ...entry];
  const child = spawn(command[0]!, command.slice(1), {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DOTENV_CONFIG_PATH: "/nonexistent", LOG_LEVEL: "info", SCHEDULER_ENABLED: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** A port nobody listens on now (for a process that must be told its port in advance). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}
