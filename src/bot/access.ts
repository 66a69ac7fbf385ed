// Who acts and what on, for handlers: the person and their roles (looked up once per update),
// a route's permission target, and the check that answers and audits a refusal.
import type { BotContext } from "./context.js";
import type { Actor, Target } from "../domain/permissions.js";
import { authorize, type Action } from "../domain/permissions.js";
import type { Route } from "../domain/route.js";
import { actorFor, routeTargetFor, targetOfRoute, type Person, type RouteTarget } from "../usecases/access.js";
import { now } from "./clock.js";

/** The person behind the update, as the use cases know them. */
export function personOf(ctx: BotContext): Person {
  return { userId: ctx.user.id, isSuperAdmin: ctx.deps.config.ADMIN_IDS.some((id) => id === ctx.user.telegramId) };
}

// Within one update the same roles are asked for several times (a check, then the action).
const actors = new WeakMap<BotContext, Promise<Actor>>();
const places = new WeakMap<BotContext, Map<string, Promise<RouteTarget>>>();

/** Who is acting, with their roles; looked up once per update. */
export function actorOf(ctx: BotContext): Promise<Actor> {
  let actor = actors.get(ctx);
  if (!actor) {
    actor = loadActor(ctx);
    actors.set(ctx, actor);
  }
  return actor;
}

function loadActor(ctx: BotContext): Promise<Actor> {
  return actorFor(ctx.deps.store, personOf(ctx));
}

/** The permission target of a route: its school, its district and the subject association of its teacher. */
export async function routeTarget(ctx: BotContext, route: Route): Promise<RouteTarget> {
  const key = `${route.teacherId}:${route.schoolId}`;
  let cache = places.get(ctx);
  if (!cache) places.set(ctx, (cache = new Map()));
  let target = cache.get(key);
  if (!target) {
    target = routeTargetFor(ctx.deps.store, route);
    cache.set(key, target);
  }
  return targetOfRoute(await target, route);
}

/** Checks a permission; on refusal tells the user, logs and audits it, and returns false. */
export async function ensureAllowed(ctx: BotContext, action: Action, target: Target, actor?: Actor): Promise<boolean> {
  const decision = authorize(actor ?? (await actorOf(ctx)), action, target);
  if (decision.allowed) return true;
  ctx.logger.warn({ action, target, reason: decision.reason, data: ctx.callbackQuery?.data }, "refused");
  await ctx.deps.store.audit.record(
    { actorId: ctx.user.id, action: "refused", targetType: target.kind, details: { action, reason: decision.reason, data: ctx.callbackQuery?.data ?? null } },
    now(ctx),
  );
  const text = ctx.t(decision.reason === "wrong_status" ? "error-wrong-status" : decision.reason === "awaiting_review" ? "error-awaiting-review" : "error-not-allowed");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
  return false;
}

/** A malformed or unknown callback: refused, logged, never trusted. */
export async function refuseCallback(ctx: BotContext): Promise<void> {
  ctx.logger.warn({ data: ctx.callbackQuery?.data }, "refused malformed callback");
  await ctx.deps.store.audit.record({ actorId: ctx.user.id, action: "callback_refused", details: { data: ctx.callbackQuery?.data ?? null } }, now(ctx));
  await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
}

