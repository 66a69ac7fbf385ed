// Corrections of a route being carried out go to the same approvers as the route did: they see
// what changes and approve (the new plan is then in force) or return it with a comment (the
// approved plan stays). The first decision wins.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { approvalButtons, correctionButtons, livingButtons, routeButtons } from "../callback-data/buttons.js";
import { awaitInput, ensureAllowed, now, refuseCallback, routeTarget, typedText, whenAwaiting } from "../helpers.js";
import { personName } from "../views/people.js";
import { approversOf } from "../../domain/permissions.js";
import { applyCorrection, planChanges, planOf, type PlanChange } from "../../domain/correction.js";
import { formatDate } from "../../domain/time.js";
import { LIMITS } from "../../domain/validation.js";
import type { Route } from "../../domain/route.js";
import type { CorrectionRecord } from "../../data/index.js";

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function changeLines(t: Translate, changes: PlanChange[]): string {
  return changes
    .map((change) => {
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(change)) if (key !== "kind") params[key] = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(String(value) as never) : String(value);
      return t(`rc-change-${change.kind}`, params);
    })
    .join("\n");
}

/** Sends the changes to every approver of the route; returns how many got them. */
export async function notifyCorrectionApprovers(ctx: BotContext, route: Route, correction: CorrectionRecord, changes: PlanChange[]): Promise<number> {
  const store = ctx.deps.store;
  const target = await routeTarget(ctx, route);
  const people = await store.organisations.peopleOfSchool(route.schoolId);
  const approvers = approversOf({ teacherId: route.teacherId, schoolId: route.schoolId, ...(target.associationId ? { associationId: target.associationId } : {}) }, people);
  const school = await store.organisations.byId(route.schoolId);
  const teacher = await personName(ctx, route.teacherId);
  let sent = 0;
  for (const userId of approvers) {
    const user = await store.users.byId(userId);
    if (!user || !user.isActive) continue;
    const t: Translate = (key, params) => ctx.deps.i18n.t(user.locale, key, params);
    const text = t("rc-summary", { teacher, school: school?.name ?? "", title: route.title, changes: changeLines(t, changes) });
    const keyboard = new InlineKeyboard()
      .text(t("rc-approve"), correctionButtons.pack("approve", correction.id))
      .text(t("rc-return"), correctionButtons.pack("returnWithComment", correction.id))
      .row()
      .text(t("ap-open"), approvalButtons.pack("openInFull", route.id!));
    try {
      await ctx.api.sendMessage(Number(user.telegramId), text, { reply_markup: keyboard });
      sent++;
    } catch (error) {
      ctx.logger.warn({ err: error, userId }, "could not send a correction to approve");
    }
  }
  return sent;
}

/** The correction and its route if this press may still decide it; otherwise answers and returns undefined. */
async function toDecide(ctx: BotContext, correctionId: number): Promise<{ correction: CorrectionRecord; route: Route } | undefined> {
  const correction = await ctx.deps.store.routes.correctionById(correctionId);
  const route = correction ? await ctx.deps.store.routes.byId(correction.routeId) : undefined;
  if (!correction || !route) {
    await refuseCallback(ctx);
    return undefined;
  }
  if (!(await ensureAllowed(ctx, "route.decide_correction", await routeTarget(ctx, route)))) return undefined;
  if (correction.status !== "submitted") {
    await ctx.answerCallbackQuery({ text: ctx.t("rc-already-decided"), show_alert: true });
    return undefined;
  }
  return { correction, route };
}

async function decide(ctx: BotContext, correction: CorrectionRecord, route: Route, comment?: string): Promise<boolean> {
  const store = ctx.deps.store;
  const at = now(ctx);
  const approve = comment === undefined;
  const changes = planChanges(planOf(route), correction.content);
  const corrected = approve ? applyCorrection(route, correction.content) : undefined;
  const decided = await store.routes.decideCorrection({ id: correction.id, decision: approve ? "approve" : "return", deciderId: ctx.user.id, ...(comment ? { comment } : {}), ...(corrected ? { corrected } : {}), at });
  if (!decided) return false;
  await store.audit.record(
    { actorId: ctx.user.id, action: approve ? "route_correction_approved" : "route_correction_returned", targetType: "route", targetId: route.id!, details: { correction: correction.id, changes } },
    at,
  );
  if (comment) await store.routes.addComment({ routeId: route.id!, authorId: ctx.user.id, text: comment, at });
  await tellTeacher(ctx, route, approve, comment);
  return true;
}

async function tellTeacher(ctx: BotContext, route: Route, approved: boolean, comment?: string): Promise<void> {
  const teacher = await ctx.deps.store.users.byId(route.teacherId);
  if (!teacher) return;
  const t: Translate = (key, params) => ctx.deps.i18n.t(teacher.locale, key, params);
  const decider = await personName(ctx, ctx.user.id);
  const keyboard = approved ? new InlineKeyboard().text(t("lv-open"), livingButtons.pack("open", route.id!)) : new InlineKeyboard().text(t("rc-fix"), routeButtons.pack("review", route.id!));
  const text = approved ? t("rc-teacher-approved", { title: route.title, decider }) : t("rc-teacher-returned", { title: route.title, decider, comment: comment ?? "" });
  await ctx.api.sendMessage(Number(teacher.telegramId), text, { reply_markup: keyboard }).catch((error: unknown) => ctx.logger.warn({ err: error }, "could not tell the teacher"));
}

export function correctionsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(correctionButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, correctionButtons);
    if (!press) return;
    const found = await toDecide(ctx, press.values[0]);
    if (!found) return;
    await ctx.answerCallbackQuery();
    if (press.action === "returnWithComment") {
      awaitInput(ctx, "correction-comment", { correctionId: found.correction.id });
      return ctx.reply(ctx.t("rc-ask-comment", { title: found.route.title }));
    }
    const decided = await decide(ctx, found.correction, found.route);
    return ctx.reply(ctx.t(decided ? "rc-done-approved" : "rc-already-decided"));
  });

  composer.on(
    "message",
    whenAwaiting("correction-comment", async (ctx, payload) => {
      const comment = await typedText(ctx, LIMITS.longText);
      if (comment === undefined) return;
      ctx.session.awaiting = undefined;
      const correction = await ctx.deps.store.routes.correctionById(Number(payload.correctionId));
      const route = correction ? await ctx.deps.store.routes.byId(correction.routeId) : undefined;
      if (!correction || !route || !(await ensureAllowed(ctx, "route.decide_correction", await routeTarget(ctx, route)))) return;
      if (correction.status !== "submitted") return ctx.reply(ctx.t("rc-already-decided"));
      const decided = await decide(ctx, correction, route, comment);
      return ctx.reply(ctx.t(decided ? "rc-done-returned" : "rc-already-decided"));
    }),
  );

  return composer;
}
