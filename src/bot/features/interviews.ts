// The correction interview after a course (000 §3.2.7): the deputy records its outcome.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { interviewButtons } from "../callback-data/buttons.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { awaitInput, typedText, whenAwaiting } from "../input.js";
import { refusalText } from "../views/refusals.js";
import { recordInterview } from "../../usecases/progress.js";
import { LIMITS } from "../../domain/validation.js";

async function interviewTarget(ctx: BotContext, interviewId: number) {
  const interview = await ctx.deps.store.routes.interviewById(interviewId);
  const route = interview ? await ctx.deps.store.routes.byId(interview.routeId) : undefined;
  return interview && route ? { interview, route, target: await routeTarget(ctx, route) } : undefined;
}

export function interviewsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(interviewButtons.filter, async (ctx) => {
    const press = interviewButtons.unpack(ctx.callbackQuery.data);
    const interviewId = press && press !== "stale" ? press.values[0] : undefined;
    const found = interviewId ? await interviewTarget(ctx, interviewId) : undefined;
    if (!interviewId || !found) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.interview", found.target))) return;
    await ctx.answerCallbackQuery();
    if (found.interview.heldAt) return ctx.reply(ctx.t("ci-already"));
    awaitInput(ctx, "interview-outcome", { interviewId });
    return ctx.reply(ctx.t("ci-ask-outcome"));
  });

  composer.on(
    "message",
    whenAwaiting("interview-outcome", async (ctx, payload) => {
      const outcome = await typedText(ctx, LIMITS.longText);
      if (outcome === undefined) return;
      ctx.session.awaiting = undefined;
      const recorded = await recordInterview(ctx.deps.store, { person: personOf(ctx), interviewId: payload.interviewId, outcome, at: now(ctx) });
      return ctx.reply(recorded.ok ? ctx.t("ci-saved") : await refusalText(ctx, recorded.refusal));
    }),
  );

  return composer;
}
