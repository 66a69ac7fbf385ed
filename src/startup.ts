// What can stop the bot from starting, said in one sentence an operator can act on: a taken
// port, a database that is locked or cannot be written, a token Telegram refuses. Telegram
// being unreachable is not one of them: the bot says so and keeps trying.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GrammyError } from "grammy";
import type { Logger } from "./logger.js";

/** A start-up failure whose message is the whole explanation (no stack trace needed). */
export class StartupError extends Error {
  override name = "StartupError";
}

export async function listenOrExplain(server: Server, port: number, host: string): Promise<number> {
  try {
    return await new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new StartupError(
        `Port ${port} on ${host} is already used by another program: set HTTP_PORT to a free port (or HTTP_ENABLED=false in polling mode to run without /healthz and /metrics).`,
      );
    }
    if (code === "EACCES") throw new StartupError(`This user may not listen on port ${port}: set HTTP_PORT to a port above 1024.`);
    throw error;
  }
}

export interface ReachOptions {
  /** Where the bot is trying, for the message. */
  where: string;
  logger: Logger;
  /** Aborted when the bot is being stopped: stop trying. */
  stopping: AbortSignal;
  /** When to say that Telegram cannot be reached, if no answer came by then. */
  warnAfterMs?: number;
  /** Longest pause between attempts. */
  maxPauseMs?: number;
}

/**
 * Calls `connect` (getMe) until Telegram answers. Says within `warnAfterMs` that Telegram
 * cannot be reached and where the bot is trying, then keeps trying with growing pauses. A token
 * Telegram refuses is not worth retrying. Returns false if stopped before Telegram answered.
 */
export async function reachTelegram(connect: (signal: AbortSignal) => Promise<void>, options: ReachOptions): Promise<boolean> {
  const { where, logger, stopping, warnAfterMs = 10_000, maxPauseMs = 30_000 } = options;
  let lastFailure = "no answer yet";
  let warned = false;
  const warn = () => {
    warned = true;
    logger.warn({ telegram: where, failure: lastFailure }, `Cannot reach Telegram at ${where} (${lastFailure}); still trying. Check the network, a proxy, or TELEGRAM_API_ROOT.`);
  };
  const timer = setTimeout(warn, warnAfterMs);
  try {
    for (let attempt = 0; !stopping.aborted; attempt++) {
      try {
        await connect(AbortSignal.any([stopping, AbortSignal.timeout(warnAfterMs)]));
        if (warned) logger.info({ telegram: where }, "Telegram reached");
        return true;
      } catch (error) {
        if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
          throw new StartupError(`Telegram refused the bot token (${error.error_code} ${error.description}): check BOT_TOKEN (from @BotFather).`);
        }
        if (stopping.aborted) return false;
        lastFailure = error instanceof Error ? error.message : String(error);
        if (!warned && attempt >= 2) warn();
        const pause = Math.min(maxPauseMs, 1000 * 2 ** attempt);
        await new Promise<void>((resolve) => {
          const wake = setTimeout(resolve, pause);
          stopping.addEventListener("abort", () => (clearTimeout(wake), resolve()), { once: true });
        });
        if (warned && attempt % 5 === 4) warn();
      }
    }
    return false;
  } finally {
    clearTimeout(timer);
  }
}
