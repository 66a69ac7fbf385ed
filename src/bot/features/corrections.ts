// Corrections of a route being carried out go to the same approvers as the route did: they see
// what changes and approve (the new plan is then in force) or return it with a comment (the
// approved plan stays). The first decision wins.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { correctionButtons, livingButtons, routeButtons } from "../callback-data/buttons.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { awaitInput, typedText, whenAwaiting } from "../input.js";
import { personName } from "../views/people.js";
import { decideCorrection, type CorrectionDecision } from "../../usecases/corrections.js";
import { refusalText } from "../views/refusals.js";
import { LIMITS } from "../../domain/validation.js";
import type { Route } from "../../domain/route.js";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Decides through the use case; on success tells the teacher. The answer is for the approver. */
async function decide(ctx: BotContext, correctionId: number, choice: CorrectionDecision): Promise<string> {
  const outcome = await decideCorrection(ctx.deps.store, { person: personOf(ctx), correctionId, choice, at: now(ctx) });
  if (!outcome.ok) return outcome.refusal.reason === "already_decided" ? ctx.t("rc-already-decided") : refusalText(ctx, outcome.refusal);
  await tellTeacher(ctx, outcome.value.route, choice.decision === "approve", choice.decision === "return" ? choice.comment : undefined);
  return ctx.t(choice.decision === "approve" ? "rc-done-approved" : "rc-done-returned");
}

/** Whether this approver may still decide the correction; answers the press otherwise. */
async function mayDecide(ctx: BotContext, correctionId: number): Promise<Route | undefined> {
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
  return route;
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
    const correctionId = press.values[0];
    const route = await mayDecide(ctx, correctionId);
    if (!route) return;
    await ctx.answerCallbackQuery();
    if (press.action === "returnWithComment") {
      awaitInput(ctx, "correction-comment", { correctionId });
      return ctx.reply(ctx.t("rc-ask-comment", { title: route.title }));
    }
    return ctx.reply(await decide(ctx, correctionId, { decision: "approve" }));
  });

  composer.on(
    "message",
    whenAwaiting("correction-comment", async (ctx, payload) => {
      const comment = await typedText(ctx, LIMITS.longText);
      if (comment === undefined) return;
      ctx.session.awaiting = undefined;
      return ctx.reply(await decide(ctx, payload.correctionId, { decision: "return", comment }));
    }),
  );

  return composer;
}
