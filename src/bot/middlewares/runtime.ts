// Runtime guards: each update has its effect once, is measured, and one user cannot flood the bot.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { Metrics } from "../../metrics.js";

/** How long a handler holds an update before another instance may take it over. */
export const UPDATE_LEASE_MS = 120_000;

/**
 * Telegram may deliver an update again (after a crash, a webhook retry): handle it once. The
 * update is marked done only after its handlers (and the session write) have finished, so one
 * whose process died half-way is handled again from the inbox. `preclaimed` holds the ids the
 * inbox replay has already taken over.
 */
export function handleOnce(preclaimed: Set<number> = new Set()): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { store, clock } = ctx.deps;
    const id = ctx.update.update_id;
    const leaseUntil = new Date(Date.now() + UPDATE_LEASE_MS);
    ctx.redelivered = preclaimed.delete(id);
    const claimed = ctx.redelivered || (await store.updates.claim(id, JSON.stringify(ctx.update), clock(), leaseUntil));
    if (!claimed) {
      ctx.deps.metrics?.duplicates.inc();
      ctx.deps.logger.info({ update_id: id }, "duplicate update skipped");
      return;
    }
    try {
      await next();
    } catch (error) {
      // Not handled: let a redelivery try again.
      await store.updates.release(id).catch((releaseError: unknown) => ctx.deps.logger.warn({ err: releaseError, update_id: id }, "could not release the update"));
      throw error;
    }
    // The effects are written; a failed mark only risks handling the update again after the lease.
    await store.updates.finish(id, clock()).catch((error: unknown) => ctx.deps.logger.warn({ err: error, update_id: id }, "could not mark the update done"));
  };
}

/**
 * The session is written when the handlers finish, the update is marked done just after: a
 * process that dies between the two leaves an update that is handled again although its session
 * already moved on (a typed answer would be taken for the next question). Such an update has
 * nothing left to do: the session remembers the last update it was written for.
 */
export function onceAgainstSession(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    // Sessions are kept per chat: an update without a chat (a press on a message Telegram no
    // longer shows) has none to consult or to write.
    const chatted = ctx.chat !== undefined;
    if (chatted && ctx.redelivered && ctx.session?.lastUpdateId === ctx.update.update_id) {
      ctx.deps.logger.info({ update_id: ctx.update.update_id }, "redelivered update already applied to the session");
      return;
    }
    await next();
    // After /deletemydata the session is gone: nothing to remember.
    if (chatted && ctx.session) ctx.session.lastUpdateId = ctx.update.update_id;
  };
}

export function measure(metrics: Metrics | undefined): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!metrics) return next();
    const stop = metrics.latency.startTimer();
    const type = Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
    try {
      await next();
    } catch (error) {
      metrics.errors.inc();
      throw error;
    } finally {
      metrics.updates.inc({ type });
      stop();
    }
  };
}

/** At most `perMinute` updates per user; the first refused one gets a polite answer. */
export function rateLimit(perMinute: number, metrics?: Metrics): MiddlewareFn<BotContext> {
  const windows = new Map<number, { start: number; count: number; warned: boolean }>();
  return async (ctx, next) => {
    const id = ctx.from?.id;
    if (id === undefined) return next();
    const now = Date.now();
    let window = windows.get(id);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, count: 0, warned: false };
      windows.set(id, window);
      if (windows.size > 50_000) for (const [key, w] of windows) if (now - w.start >= 60_000) windows.delete(key);
    }
    window.count++;
    if (window.count <= perMinute) return next();
    metrics?.rateLimited.inc();
    if (window.warned) return;
    window.warned = true;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("rate-limited") });
    else await ctx.reply(ctx.t("rate-limited"));
  };
}
