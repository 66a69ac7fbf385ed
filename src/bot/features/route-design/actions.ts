// What the teacher does with the route as a whole: create it (from her deficits or by hand),
// submit it, submit or discard a correction, and finish a submission a crash interrupted.
import type { BotContext } from "../../context.js";
import { refusalText } from "../../views/refusals.js";
import { submitRoute } from "../../../usecases/submit-route.js";
import { submitCorrection as submitRouteCorrection } from "../../../usecases/corrections.js";
import { actorOf, ensureAllowed, personOf, routeTarget } from "../../access.js";
import { now, today } from "../../clock.js";
import { awaitInput } from "../../input.js";
import { createRoute as createTeacherRoute } from "../../../usecases/create-route.js";
import { discardCorrection as discardRouteCorrection } from "../../../usecases/edit-route.js";
import { notifyApprovers } from "../../notifications/approvers.js";
import { notifyCorrectionApprovers } from "../../notifications/approvers.js";
import { type Route } from "../../../domain/route.js";
import { defaultTerm, locale } from "./editing.js";
import { defaultRouteTitle } from "../../views/route.js";
import { showCurrent, showReview } from "./screens.js";

/** Creates the route: an automatic draft from the deficits, or an empty one to fill by hand. */
export async function createRoute(ctx: BotContext, mode: "auto" | "manual"): Promise<void> {
  const term = defaultTerm(today(ctx));
  const fullName = ctx.user.fullName ?? (await ctx.deps.store.profiles.history(ctx.user.id)).fullName;
  const title = defaultRouteTitle((key, params) => ctx.t(key, params), fullName, term);
  const outcome = await createTeacherRoute(ctx.deps.store, { person: personOf(ctx), mode, term, title, locale: locale(ctx), at: now(ctx) });
  if (!outcome.ok) {
    if (outcome.refusal.reason === "not_ready") return void (await ctx.reply(ctx.t("rd-need-diagnostics")));
    return void (await ctx.reply(ctx.t("rd-not-teacher")));
  }
  if ("existing" in outcome.value) return showCurrent(ctx, outcome.value.existing);
  const created = outcome.value.created;
  if (mode === "auto") return showReview(ctx, created, ctx.t(created.tasks.length ? "rd-auto-done" : "rd-auto-empty"));
  awaitInput(ctx, "route-goal", { routeId: created.id! });
  await ctx.reply(ctx.t("rd-ask-goal"));
}

export async function submit(ctx: BotContext, route: Route): Promise<void> {
  // The permission is checked here too, so that a refusal is audited and answered like any other.
  if (!(await ensureAllowed(ctx, "route.submit", await routeTarget(ctx, route), await actorOf(ctx)))) return;
  const person = personOf(ctx);
  const outcome = await submitRoute(ctx.deps.store, { person, routeId: route.id!, at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  const sent = await notifyApprovers(ctx, outcome.value.submitted);
  // The card, now submitted for approval, replaces the one pressed, with the news above it.
  await showReview(ctx, outcome.value.submitted, ctx.t(sent ? "rd-submitted" : "rd-submitted-no-approvers"));
}

/** Sends the corrected plan of an active route to its approvers. */
export async function submitCorrection(ctx: BotContext, copy: Route): Promise<void> {
  const outcome = await submitRouteCorrection(ctx.deps.store, { person: personOf(ctx), routeId: copy.id!, at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  const { route, correction, changes } = outcome.value;
  const sent = await notifyCorrectionApprovers(ctx, route, correction, changes);
  await ctx.reply(ctx.t(sent ? "rc-submitted" : "rd-submitted-no-approvers"));
}

export async function discardCorrection(ctx: BotContext, copy: Route): Promise<void> {
  const outcome = await discardRouteCorrection(ctx.deps.store, { person: personOf(ctx), routeId: copy.id!, at: now(ctx) });
  await ctx.reply(outcome.ok ? ctx.t("rc-discarded") : await refusalText(ctx, outcome.refusal));
}

/** A submission whose process died half-way: the route is submitted; make sure the approvers were told. */
export async function finishInterruptedSubmission(ctx: BotContext, routeId: number): Promise<boolean> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (route?.status !== "submitted" || route.teacherId !== ctx.user.id) return false;
  await ctx.answerCallbackQuery();
  const sent = (await notifyApprovers(ctx, route)) > 0;
  await ctx.reply(ctx.t(sent ? "rd-submitted" : "rd-submitted-no-approvers"));
  return true;
}
