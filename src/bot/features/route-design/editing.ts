// Which route the teacher edits, and saving what she changed: a draft in place, an active
// route as a copy of its plan for the approver (a correction).
import type { BotContext } from "../../context.js";
import { reopenRoute } from "../../../usecases/create-route.js";
import { saveRoutePlan } from "../../../usecases/edit-route.js";
import { refusalText } from "../../views/refusals.js";
import type { AwaitedKind } from "../../awaiting.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../../access.js";
import { now } from "../../clock.js";
import { type Route } from "../../../domain/route.js";
import { currentFramework, type Locale } from "../../../domain/framework.js";
import { addDays, addMonths, type LocalDate } from "../../../domain/time.js";

type RouteInput = Extract<AwaitedKind, `route-${string}`>;
export type { RouteInput };

export function locale(ctx: BotContext): Locale {
  return ctx.user.locale === "en" ? "en" : "ru";
}

export function defaultTerm(start: LocalDate) {
  return { start, end: addDays(addMonths(start, 12), -1) };
}

export async function teacherSchool(ctx: BotContext): Promise<number | undefined> {
  const memberships = await ctx.deps.store.organisations.membershipsOf(ctx.user.id);
  return memberships.find((m) => m.role === "teacher")?.organisationId;
}

/** Loads a route the current user may edit; refuses otherwise. */
export async function editable(ctx: BotContext, routeId: number): Promise<Route | undefined> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) {
    await refuseCallback(ctx);
    return undefined;
  }
  if (!(await ensureAllowed(ctx, "route.edit", await routeTarget(ctx, route)))) return undefined;
  if (route.status === "returned") {
    const reopened = await reopenRoute(ctx.deps.store, { person: personOf(ctx), routeId, at: now(ctx) });
    if (!reopened.ok) return void (await ctx.reply(await refusalText(ctx, reopened.refusal)));
    return reopened.value;
  }
  if (route.status === "active") return workingCopy(ctx, route);
  return route;
}

/**
 * A route being carried out is corrected on a copy of its plan; the approved plan stays in
 * force until the approver accepts the copy. Undefined (and said) while a copy awaits a decision.
 */
export async function workingCopy(ctx: BotContext, route: Route): Promise<Route | undefined> {
  const copy = await copyOf(ctx, route);
  if (!copy) {
    await ctx.answerCallbackQuery().catch(() => undefined); // a typed answer has no query to answer
    await ctx.reply(ctx.t("rc-waiting"));
  }
  return copy;
}

/** The plan being corrected (the route itself while nothing changed); undefined while a copy awaits a decision. */
export async function copyOf(ctx: BotContext, route: Route): Promise<Route | undefined> {
  const correction = await ctx.deps.store.routes.openCorrection(route.id!);
  if (correction?.status === "submitted") return undefined;
  return correction ? { ...route, ...correction.content } : route;
}

export async function save(ctx: BotContext, route: Route): Promise<Route | undefined> {
  const outcome = await saveRoutePlan(ctx.deps.store, { person: personOf(ctx), route });
  if (outcome.ok) return outcome.value;
  await ctx.reply(await refusalText(ctx, outcome.refusal));
  return undefined;
}

/** Saves the route changed by an answer and goes on; an answer the route refuses is explained and asked again. */
export async function saveAnswer(ctx: BotContext, next: Route | string, then: (saved: Route) => Promise<unknown>): Promise<void> {
  if (typeof next === "string") return void (await ctx.reply(next));
  ctx.session.awaiting = undefined;
  const saved = await save(ctx, next);
  if (saved) await then(saved);
}

/** The route a typed answer is for, if the user may still edit it; otherwise the wait ends. */
export async function awaitedRoute(ctx: BotContext, payload: { routeId: number }): Promise<Route | undefined> {
  const routeId = Number(payload.routeId);
  const route = Number.isInteger(routeId) && routeId > 0 ? await ctx.deps.store.routes.byId(routeId) : undefined;
  if (route && (await ensureAllowed(ctx, "route.edit", await routeTarget(ctx, route)))) {
    const editing = route.status === "active" ? await workingCopy(ctx, route) : route;
    if (editing) return editing;
  }
  ctx.session.awaiting = undefined;
  return undefined;
}

export function areaTopic(ctx: BotContext, area: string): string {
  return currentFramework.areas.find((a) => a.code === area)?.name[locale(ctx)] ?? area;
}
