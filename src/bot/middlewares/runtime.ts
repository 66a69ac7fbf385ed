// Runtime guards: each update has its effect once, is measured, and one user cannot flood the bot.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { Metrics } from "../../metrics.js";
import type { HeldSessionWrites } from "../../data/index.js";

/** How long a handler holds an update before another instance may take it over. */
export const UPDATE_LEASE_MS = 120_000;

/** The key of a chat's turn: updates with the same one are handled one at a time, in every instance. */
export const turnOf = (ctx: BotContext): number | undefined => ctx.chat?.id ?? ctx.from?.id;

/**
 * Telegram may deliver an update again (after a crash, a webhook retry): handle it once. The
 * update is marked done only after its handlers have finished, in one transaction with the
 * session writes held back for it, so one whose process died half-way is handled again (from
 * the inbox, or from Telegram's retry) with the session as it was before it. This runs in the
 * chat's turn, so an update found started has no live handler: it is taken over at once.
 */
export function handleOnce(held: HeldSessionWrites): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { store, clock, config } = ctx.deps;
    const id = ctx.update.update_id;
    const leaseUntil = new Date(Date.now() + UPDATE_LEASE_MS);
    // Polling records every update in the inbox before it is handled; a webhook's arrive unrecorded.
    const claim = await store.updates.claim(id, JSON.stringify(ctx.update), clock(), leaseUntil, { received: config.BOT_MODE === "polling", inChatTurn: turnOf(ctx) !== undefined });
    if (!claim) {
      ctx.deps.metrics?.duplicates.inc();
      ctx.deps.logger.info({ update_id: id }, "duplicate update skipped");
      return;
    }
    ctx.claimed = true;
    ctx.redelivered = claim === "resumed";
    const chat = ctx.chat?.id.toString();
    try {
      await next();
      await store.updates.finish(id, clock(), chat === undefined ? [] : held.take(chat));
    } catch (error) {
      if (chat !== undefined) held.take(chat); // not written: the next update of the chat starts from what is stored
      // Not handled, or its session not saved: let a redelivery try again.
      await store.updates.release(id).catch((releaseError: unknown) => ctx.deps.logger.warn({ err: releaseError, update_id: id }, "could not release the update"));
      throw error;
    }
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
