// Small helpers every feature uses: who is acting, today's date, waiting for typed input,
// refusing politely, turning validation issues into the user's language.
import type { Filter, MiddlewareFn } from "grammy";
import type { Actor, Target } from "../domain/permissions.js";
import { authorize, type Action } from "../domain/permissions.js";
import type { ValidationIssue } from "../domain/errors.js";
import { formatDate, isLocalDate, localDateOf, type LocalDate } from "../domain/time.js";
import type { Route } from "../domain/route.js";
import { parseField, textSchema } from "../domain/validation.js";
import type { BotContext } from "./context.js";
import type { AwaitedInputs, AwaitedKind, Awaiting } from "./awaiting.js";
import type { Person } from "../usecases/access.js";

export function today(ctx: BotContext): LocalDate {
  return localDateOf(ctx.deps.clock(), ctx.deps.config.TIMEZONE);
}

export function now(ctx: BotContext): Date {
  return ctx.deps.clock();
}

/** The person behind the update, as the use cases know them. */
export function personOf(ctx: BotContext): Person {
  return { userId: ctx.user.id, isSuperAdmin: ctx.deps.config.ADMIN_IDS.some((id) => id === ctx.user.telegramId) };
}

// Within one update the same roles are asked for several times (a check, then the action).
const actors = new WeakMap<BotContext, Promise<Actor>>();
const places = new WeakMap<BotContext, Map<string, Promise<{ districtId: number; associationId?: number }>>>();

/** Who is acting, with their roles; looked up once per update. */
export function actorOf(ctx: BotContext): Promise<Actor> {
  let actor = actors.get(ctx);
  if (!actor) {
    actor = loadActor(ctx);
    actors.set(ctx, actor);
  }
  return actor;
}

async function loadActor(ctx: BotContext): Promise<Actor> {
  const store = ctx.deps.store;
  const userId = ctx.user.id;
  const [memberships, menteeIds] = await Promise.all([store.organisations.membershipsOf(userId), store.organisations.menteesOf(userId)]);
  return { userId, memberships, menteeIds, isSuperAdmin: ctx.deps.config.ADMIN_IDS.some((id) => id === ctx.user.telegramId) };
}

/** The permission target of a route: its school, its district and the ШМО of its teacher. */
export async function routeTarget(ctx: BotContext, route: Route): Promise<Extract<Target, { kind: "route" }>> {
  const key = `${route.teacherId}:${route.schoolId}`;
  let cache = places.get(ctx);
  if (!cache) places.set(ctx, (cache = new Map()));
  let place = cache.get(key);
  if (!place) {
    place = loadPlace(ctx, route);
    cache.set(key, place);
  }
  const { districtId, associationId } = await place;
  return {
    kind: "route",
    teacherId: route.teacherId,
    schoolId: route.schoolId,
    districtId,
    status: route.status,
    ...(associationId ? { associationId } : {}),
  };
}

async function loadPlace(ctx: BotContext, route: Route): Promise<{ districtId: number; associationId?: number }> {
  const store = ctx.deps.store;
  const districtId = await store.organisations.districtIdOf(route.schoolId);
  const teacher = (await store.organisations.membershipsOf(route.teacherId)).find((m) => m.role === "teacher" && m.organisationId === route.schoolId);
  return { districtId, ...(teacher?.associationId ? { associationId: teacher.associationId } : {}) };
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
  const text = ctx.t(decision.reason === "wrong_status" ? "error-wrong-status" : "error-not-allowed");
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

export function awaitInput<K extends AwaitedKind>(ctx: BotContext, kind: K, ...payload: AwaitedInputs[K] extends Record<string, never> ? [] : [AwaitedInputs[K]]): void {
  ctx.session.awaiting = { kind, payload: payload[0] ?? {} } as Awaiting;
}

type MessageContext = Filter<BotContext, "message">;

/**
 * Handles a message when the bot waits for input of `kind`; anything else goes on.
 * The handler gets the payload stored with the wait.
 */
export function whenAwaiting<K extends AwaitedKind>(kind: K, handler: (ctx: MessageContext, payload: AwaitedInputs[K]) => Promise<unknown>): MiddlewareFn<MessageContext> {
  return async (ctx, next) => {
    const awaiting = ctx.session.awaiting;
    if (awaiting?.kind !== kind) return next();
    await handler(ctx, (awaiting.payload ?? {}) as AwaitedInputs[K]);
  };
}

/**
 * The text a user typed, checked against `max`; for anything else (a photo, an empty or too long
 * text) the user is told what is expected and gets another chance.
 */
export async function typedText(ctx: MessageContext, max: number): Promise<string | undefined> {
  const text = ctx.message.text;
  if (text === undefined) {
    await ctx.reply(ctx.t("expect-text"));
    return undefined;
  }
  const parsed = parseField(textSchema(max), text);
  if (parsed.ok) return parsed.value;
  await ctx.reply(issueText(ctx, parsed.issue));
  return undefined;
}

/** The localised text of a validation issue. */
export function issueText(ctx: BotContext, issue: ValidationIssue): string {
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([key, value]) => [key, typeof value === "string" && isLocalDate(value) ? formatDate(value) : (value as string | number)]),
  );
  return ctx.t(`issue-${issue.code.replace(/_/g, "-")}`, params);
}

export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
