// Approval by inline buttons: every approver gets a summary with Approve, Return for
// correction and Open in full; the first decision wins, is recorded with who and when,
// the teacher is told and the other approvers' messages show who decided.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { approvalButtons } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now, today } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { showRouteCard } from "../views/card-menu.js";
import { personName, userById } from "../views/people.js";
import { refusalText } from "../views/refusals.js";
import { decideRoute, type RouteDecision } from "../../usecases/decide-route.js";
import type { Outcome } from "../../usecases/outcome.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { LIMITS } from "../../domain/validation.js";
import type { Route } from "../../domain/route.js";
import type { DecisionKind } from "../../data/index.js";
import { approvalRequests, requestsKey, tellTeacherOfDecision, type SentRef } from "../notifications/approvers.js";
import { titleOf } from "../notifications/tell.js";

/** Replaces the buttons of every approver's message with who decided and when. */
async function closeApproverMessages(ctx: BotContext, route: Route, decision: DecisionKind, deciderId: number, at: Date): Promise<SentRef[]> {
  const refs = (await approvalRequests(ctx).read(requestsKey(route))) ?? [];
  const decider = await personName(ctx, deciderId);
  const when = formatDate(localDateOf(at, ctx.deps.config.TIMEZONE));
  for (const ref of refs) {
    const user = await userById(ctx, ref.userId);
    const t = (key: string, params?: Record<string, string | number>) => ctx.deps.i18n.t(user?.locale ?? "ru", key, params);
    const text = t(decision === "approve" ? "ap-closed-approved" : "ap-closed-returned", { title: titleOf(t, route), decider, date: when });
    await ctx.api.editMessageText(ref.chatId, ref.messageId, text).catch((error: unknown) => ctx.logger.warn({ err: error }, "could not edit an approval message"));
  }
  return refs;
}

/** The route if the press is still meaningful for this approver; otherwise answers and returns undefined. */
async function routeToDecide(ctx: BotContext, routeId: number, version: number): Promise<Route | undefined> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) {
    await refuseCallback(ctx);
    return undefined;
  }
  const target = await routeTarget(ctx, route);
  // Authority first (against a submitted route), so that a forged press is refused whatever the status.
  if (!(await ensureAllowed(ctx, "route.decide", { ...target, status: "submitted" }))) return undefined;
  if (route.status !== "submitted" || route.version !== version) {
    const decision = await ctx.deps.store.routes.decisionOf(routeId, version);
    const text = decision
      ? ctx.t("ap-already-decided", { decider: await personName(ctx, decision.deciderId), decision: ctx.t(`ap-decision-${decision.decision}`) })
      : ctx.t("error-stale-button");
    await ctx.answerCallbackQuery({ text, show_alert: true });
    return undefined;
  }
  return route;
}

/**
 * Decides through the use case (`read`: the route as read in this update, passed on so that it is
 * not read again); on success closes every approver's message and tells the teacher.
 */
async function decide(ctx: BotContext, route: Route, choice: RouteDecision, read?: Route): Promise<Outcome<{ next: Route; requests: SentRef[] }>> {
  const at = now(ctx);
  const known = { actor: await actorOf(ctx), target: await routeTarget(ctx, route), ...(read ? { route: read } : {}) };
  const outcome = await decideRoute(ctx.deps.store, { person: personOf(ctx), routeId: route.id!, version: route.version, choice, at, today: today(ctx), known });
  if (!outcome.ok) return outcome;
  const requests = await closeApproverMessages(ctx, route, choice.decision, ctx.user.id, at);
  const approved = choice.decision === "approve";
  await tellTeacherOfDecision(ctx, route, { approved, ...(choice.decision === "return" ? { comment: choice.comment } : {}) }, ROUTE_TEXTS);
  return { ok: true, value: { next: outcome.value.next, requests } };
}

/** A decision taken on a route card (not on a request message, which is closed above) shows the card as it is now. */
async function refreshCard(ctx: BotContext, decided: { next: Route; requests: SentRef[] }): Promise<void> {
  const pressed = ctx.callbackQuery?.message?.message_id;
  if (decided.requests.some((ref) => ref.messageId === pressed && ref.chatId === ctx.chat?.id)) return;
  await showRouteCard(ctx, decided.next);
}

const ROUTE_TEXTS = { approved: "ap-teacher-approved", returned: "ap-teacher-returned", fix: "rd-fix" };

export function approvalFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(approvalButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, approvalButtons);
    if (!press) return;
    if (press.action === "openInFull") {
      const route = await ctx.deps.store.routes.byId(press.values[0]);
      if (!route) return refuseCallback(ctx);
      if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
      await ctx.answerCallbackQuery();
      return showRouteCard(ctx, route);
    }
    const route = await routeToDecide(ctx, press.values[0], press.values[1]);
    if (!route) return;
    if (press.action === "returnForCorrection") {
      await ctx.answerCallbackQuery();
      awaitInput(ctx, "return-comment", { routeId: route.id!, version: route.version });
      return askTyped(ctx, ctx.t("ap-ask-comment", { title: route.title }));
    }
    const outcome = await decide(ctx, route, { decision: "approve" }, route);
    if (outcome.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t("ap-done-approved") });
      return refreshCard(ctx, outcome.value);
    }
    return ctx.answerCallbackQuery({ text: await refusalText(ctx, outcome.refusal), show_alert: true });
  });

  composer.on("message", whenAwaiting("return-comment", returnWithComment));

  return composer;
}

/** The comment typed after Return for correction: the route goes back to the teacher with it. */
async function returnWithComment(ctx: MessageContext, payload: AwaitedInputs["return-comment"]): Promise<unknown> {
  const comment = await typedText(ctx, LIMITS.longText);
  if (comment === undefined) return;
  ctx.session.awaiting = undefined;
  const route = await ctx.deps.store.routes.byId(payload.routeId);
  if (!route) return ctx.reply(ctx.t("error-stale-button"));
  const target = await routeTarget(ctx, route);
  if (!(await ensureAllowed(ctx, "route.decide", { ...target, status: "submitted" }, await actorOf(ctx)))) return;
  const outcome = await decide(ctx, { ...route, version: payload.version }, { decision: "return", comment });
  if (!outcome.ok) return ctx.reply(outcome.refusal.reason === "changed_meanwhile" ? ctx.t("error-stale-button") : await refusalText(ctx, outcome.refusal));
  return ctx.reply(ctx.t("ap-done-returned"));
}
