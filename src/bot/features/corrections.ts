// Corrections of a route being carried out go to the same approvers as the route did: they see
// what changes and approve (the new plan is then in force) or return it with a comment (the
// approved plan stays). The first decision wins.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { correctionButtons } from "../callback-data/buttons.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting } from "../input.js";
import { decideCorrection, type CorrectionDecision } from "../../usecases/corrections.js";
import { refusalText } from "../views/refusals.js";
import { tellTeacherOfDecision } from "../notifications/approvers.js";
import { LIMITS } from "../../domain/validation.js";
import type { Route } from "../../domain/route.js";

/** Decides through the use case; on success tells the teacher. The answer is for the approver. */
async function decide(ctx: BotContext, correctionId: number, choice: CorrectionDecision): Promise<string> {
  const outcome = await decideCorrection(ctx.deps.store, { person: personOf(ctx), correctionId, choice, at: now(ctx) });
  if (!outcome.ok) return outcome.refusal.reason === "already_decided" ? ctx.t("rc-already-decided") : refusalText(ctx, outcome.refusal);
  const approved = choice.decision === "approve";
  await tellTeacherOfDecision(ctx, outcome.value.route, { approved, ...(choice.decision === "return" ? { comment: choice.comment } : {}) }, CORRECTION_TEXTS);
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

const CORRECTION_TEXTS = { approved: "rc-teacher-approved", returned: "rc-teacher-returned", fix: "rc-fix" };

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
      return askTyped(ctx, ctx.t("rc-ask-comment", { title: route.title }));
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
