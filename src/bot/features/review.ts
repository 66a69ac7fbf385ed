// Review by the subject association in two-step approval (002 §3.3.2): the head presses the
// review button, types the protocol's number and date, then the association's recommendation; the route
// goes to the deputy for approval, and the teacher is told where it stands.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { reviewButtons } from "../callback-data/buttons.js";
import { pressOf } from "../callback-data/press.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now, today } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { refusalText } from "../views/refusals.js";
import { approvalRequests, requestsKey, notifyApprovers } from "../notifications/approvers.js";
import { tell, titleOf } from "../notifications/tell.js";
import { reviewRoute } from "../../usecases/review-route.js";
import { formatDate, parseUserDate } from "../../domain/time.js";
import { LIMITS } from "../../domain/validation.js";

/** «3 от 15.09.2026», «№ 3, 15.09.2026» or «3 15.09»: the protocol's number, a word perhaps, the date. */
const PROTOCOL = /^№?\s*([^\s,]{1,20})[\s,]+(?:\S+\s+)?(\S+)$/;

export function reviewFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(reviewButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, reviewButtons);
    if (!press) return;
    const [routeId, version] = press.values;
    const route = await ctx.deps.store.routes.byId(routeId);
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.review", await routeTarget(ctx, route)))) return;
    if (route.version !== version) return ctx.answerCallbackQuery({ text: ctx.t("error-stale-button"), show_alert: true });
    await ctx.answerCallbackQuery();
    awaitInput(ctx, "review-protocol", { routeId, version });
    return askTyped(ctx, ctx.t("rv-ask-protocol", { title: route.title, example: formatDate(today(ctx)) }));
  });
  composer.on("message", whenAwaiting("review-protocol", askRecommendation));
  composer.on("message", whenAwaiting("review-recommendation", saveReview));
  return composer;
}

async function askRecommendation(ctx: MessageContext, payload: AwaitedInputs["review-protocol"]): Promise<unknown> {
  const match = PROTOCOL.exec((ctx.message.text ?? "").trim());
  const date = match ? parseUserDate(match[2]!, today(ctx)) : undefined;
  if (!match || !date || date > today(ctx)) return ctx.reply(ctx.t("rv-protocol-invalid", { example: formatDate(today(ctx)) }));
  awaitInput(ctx, "review-recommendation", { ...payload, number: match[1]!, date });
  return askTyped(ctx, ctx.t("rv-ask-recommendation"));
}

async function saveReview(ctx: MessageContext, payload: AwaitedInputs["review-recommendation"]): Promise<unknown> {
  const text = await typedText(ctx, LIMITS.longText);
  if (text === undefined) return;
  ctx.session.awaiting = undefined;
  const outcome = await reviewRoute(ctx.deps.store, {
    person: personOf(ctx),
    routeId: payload.routeId,
    version: payload.version,
    protocolNumber: payload.number,
    protocolDate: payload.date,
    ...(text === "-" ? {} : { recommendation: text }),
    at: now(ctx),
    today: today(ctx),
  });
  if (!outcome.ok) return ctx.reply(await refusalText(ctx, outcome.refusal));
  const { route } = outcome.value;
  const before = (await approvalRequests(ctx).read(requestsKey(route)))?.length ?? 0;
  const asked = (await notifyApprovers(ctx, route)) - before;
  await ctx.reply(ctx.t(asked > 0 ? "rv-done" : "rv-done-nobody", { title: route.title }));
  await tell(ctx, route.teacherId, (t) => ({ text: t("rv-teacher", { title: titleOf(t, route), number: payload.number, date: formatDate(payload.date) }) }));
}
