// Updates are written to the database inbox as soon as they are fetched, and handled again
// from there when a process died before finishing them. The runner confirms a batch to
// Telegram when it fetches the next one, so without the inbox a kill would lose up to a
// batch of updates that were confirmed but not yet handled.
import type { Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import { createConcurrentSink, createRunner, createSource, createUpdateFetcher, type RunnerHandle } from "@grammyjs/runner";
import type { Store } from "../data/index.js";
import type { Logger } from "../logger.js";
import type { BotContext } from "./context.js";
import { UPDATE_LEASE_MS } from "./middlewares/runtime.js";

const SWEEP_EVERY_MS = 30_000;

export interface UpdateInboxOptions {
  bot: Bot<BotContext>;
  store: Store;
  logger: Logger;
  /** Only one instance can run (SQLite): at start, everything unfinished belongs to a dead process. */
  soleInstance: boolean;
}

export class UpdateInbox {
  private sweeper: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(private readonly options: UpdateInboxOptions) {}

  /** Writes fetched updates down before they are confirmed to Telegram; waits out a database hiccup. */
  async receive(updates: Update[], signal?: { aborted: boolean }): Promise<void> {
    for (let pause = 250; ; pause = Math.min(pause * 2, 5_000)) {
      try {
        await this.options.store.updates.receive(updates, new Date(Date.now() + UPDATE_LEASE_MS));
        return;
      } catch (error) {
        if (signal?.aborted) throw error;
        this.options.logger.error({ err: error }, "could not write received updates down; retrying");
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  /**
   * Handles what is unfinished: everything at the start of the sole instance, else expired
   * leases. Each goes through the bot like a new delivery: its claim, in the chat's turn, takes
   * it over from the handler that died.
   */
  async replay(atStart: boolean): Promise<number> {
    const { store, bot, logger } = this.options;
    const includeLive = atStart && this.options.soleInstance;
    const seen = new Set<number>();
    let handled = 0;
    for (;;) {
      const rows = (await store.updates.unfinished(new Date(), includeLive)).filter((row) => !seen.has(row.updateId));
      if (rows.length === 0) break;
      for (const row of rows) {
        seen.add(row.updateId);
        logger.warn({ update_id: row.updateId }, "handling an update left unfinished");
        await bot.handleUpdate(JSON.parse(row.payload) as Update).catch((error: unknown) => logger.error({ err: error, update_id: row.updateId }, "an unfinished update failed again"));
        handled++;
      }
    }
    const abandoned = await store.updates.abandoned();
    if (abandoned > 0 && atStart) logger.error({ abandoned }, "updates given up after repeated failures");
    return handled;
  }

  /** Another instance may die with updates in hand: look for expired leases now and then. */
  startSweeping(): void {
    this.sweeper = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.replay(false)
        .then(() => undefined)
        .catch((error: unknown) => this.options.logger.warn({ err: error }, "inbox sweep failed"))
        .finally(() => (this.sweeping = undefined));
    }, SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    await this.sweeping;
  }
}

export interface PollingOptions {
  concurrency: number;
  allowedUpdates: ("message" | "callback_query")[];
}

/** grammY's runner (concurrent, one chat in order) with every fetched batch written to the inbox first. */
export function startDurablePolling(bot: Bot<BotContext>, inbox: UpdateInbox, options: PollingOptions): RunnerHandle {
  const fetchUpdates = createUpdateFetcher(bot, { fetch: { allowed_updates: options.allowedUpdates } });
  const source = createSource({
    supply: async (batchSize, signal) => {
      const updates = await fetchUpdates(batchSize, signal);
      await inbox.receive(updates, signal);
      return updates;
    },
  });
  const sink = createConcurrentSink<Update>(
    { consume: (update) => bot.handleUpdate(update) },
    // Handler errors are caught inside the bot; this only sees a failure of the middleware stack itself.
    async (error) => {
      await bot.errorHandler(error as BotError<BotContext>);
    },
    { concurrency: options.concurrency },
  );
  const runner = createRunner(source, sink);
  runner.start();
  return runner;
}
