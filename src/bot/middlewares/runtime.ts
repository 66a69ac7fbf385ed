// Runtime guards: each update has its effect once, is measured, and one user cannot flood the bot.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { Metrics } from "../../metrics.js";

/** Telegram may deliver an update again (after a crash, a webhook retry): handle it once. */
export function handleOnce(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { store, clock } = ctx.deps;
    if (!(await store.updates.claim(ctx.update.update_id, clock()))) {
      ctx.deps.metrics?.duplicates.inc();
      ctx.deps.logger.info({ update_id: ctx.update.update_id }, "duplicate update skipped");
      return;
    }
    try {
      await next();
    } catch (error) {
      // Not handled: let a redelivery try again.
      await store.updates.release(ctx.update.update_id).catch(() => undefined);
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
