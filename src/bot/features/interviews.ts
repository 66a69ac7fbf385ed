// Interviews on correcting the route after a course (000 §3.2.7): the deputy, director or
// methodist opens those waiting, agrees a day (the teacher is told), records the outcome and
// whether the route is to change — then the teacher is sent to correct it with the outcome.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { interviewButtons, routeButtons } from "../callback-data/buttons.js";
import type { ActionsOf } from "../callback-data/codec.js";
import { handlePresses, type PressHandlers } from "../callback-data/press.js";
import { personOf } from "../access.js";
import { now, today } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { interviewScreen, showInterviews } from "../views/interviews.js";
import { refusalText } from "../views/refusals.js";
import { showScreen } from "../views/screen.js";
import { openInterview, recordInterview, scheduleInterview } from "../../usecases/interviews.js";
import { formatDate, parseUserDate } from "../../domain/time.js";
import { tell, titleOf } from "../notifications/tell.js";
import { LIMITS } from "../../domain/validation.js";
import type { Route } from "../../domain/route.js";

export function interviewsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  handlePresses(composer, interviewButtons, HANDLERS);
  composer.on("message", whenAwaiting("interview-outcome", askWhetherToChange));
  composer.on("message", whenAwaiting("interview-day", saveDay));
  return composer;
}

/** Asks for typed input about an interview the person may hold. */
async function ask(ctx: BotContext, interviewId: number, kind: "interview-outcome" | "interview-day", key: string): Promise<unknown> {
  const found = await openInterview(ctx.deps.store, { person: personOf(ctx), interviewId });
  if (!found.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, found.refusal), show_alert: true });
  await ctx.answerCallbackQuery();
  if (found.value.interview.heldAt) return ctx.reply(ctx.t("ci-already"));
  awaitInput(ctx, kind, { interviewId });
  return askTyped(ctx, ctx.t(key, { example: formatDate(today(ctx)) }));
}

const HANDLERS: PressHandlers<ActionsOf<typeof interviewButtons>> = {
  list: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showInterviews(ctx, press.values[0], press.values[1]);
  },
  open: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showScreen(ctx, await interviewScreen(ctx, press.values[0]));
  },
  record: (ctx, press) => ask(ctx, press.values[0], "interview-outcome", "ci-ask-outcome"),
  schedule: (ctx, press) => ask(ctx, press.values[0], "interview-day", "ci-ask-day"),
  needsChange: (ctx, press) => saveOutcome(ctx, press.values[0], press.values[1] === "1"),
};

async function askWhetherToChange(ctx: MessageContext, payload: AwaitedInputs["interview-outcome"]): Promise<unknown> {
  const outcome = await typedText(ctx, LIMITS.longText);
  if (outcome === undefined) return;
  awaitInput(ctx, "interview-change", { interviewId: payload.interviewId, outcome });
  const keyboard = new InlineKeyboard().text(ctx.t("ci-change-yes"), interviewButtons.pack("needsChange", payload.interviewId, "1")).row().text(ctx.t("ci-change-no"), interviewButtons.pack("needsChange", payload.interviewId, "0"));
  return ctx.reply(ctx.t("ci-ask-change"), { reply_markup: keyboard });
}

async function saveOutcome(ctx: BotContext, interviewId: number, needsChange: boolean): Promise<unknown> {
  const awaiting = ctx.session.awaiting;
  if (awaiting?.kind !== "interview-change" || awaiting.payload.interviewId !== interviewId) return ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
  ctx.session.awaiting = undefined;
  const recorded = await recordInterview(ctx.deps.store, { person: personOf(ctx), interviewId, outcome: awaiting.payload.outcome, needsChange, at: now(ctx) });
  if (!recorded.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, recorded.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("ci-saved") });
  await tellTeacher(ctx, recorded.value.route, needsChange ? "ci-teacher-change" : "ci-teacher-outcome", { outcome: awaiting.payload.outcome }, needsChange);
  return showScreen(ctx, await interviewScreen(ctx, interviewId));
}

async function saveDay(ctx: MessageContext, payload: AwaitedInputs["interview-day"]): Promise<unknown> {
  const day = parseUserDate(ctx.message.text ?? "", today(ctx));
  if (!day) return ctx.reply(ctx.t("ci-day-invalid", { example: formatDate(today(ctx)) }));
  const scheduled = await scheduleInterview(ctx.deps.store, { person: personOf(ctx), interviewId: payload.interviewId, day, today: today(ctx), at: now(ctx) });
  if (!scheduled.ok && scheduled.refusal.reason === "not_ready") return ctx.reply(ctx.t("ci-day-invalid", { example: formatDate(today(ctx)) }));
  ctx.session.awaiting = undefined;
  if (!scheduled.ok) return ctx.reply(await refusalText(ctx, scheduled.refusal));
  await tellTeacher(ctx, scheduled.value.route, "ci-teacher-day", { date: formatDate(day), event: scheduled.value.interview.event, who: ctx.user.fullName ?? "" }, false);
  return showScreen(ctx, await interviewScreen(ctx, payload.interviewId));
}

async function tellTeacher(ctx: BotContext, route: Route, key: string, params: Record<string, string>, toCorrect: boolean): Promise<void> {
  await tell(ctx, route.teacherId, (t) => ({
    text: t(key, { ...params, title: titleOf(t, route) }),
    ...(toCorrect ? { keyboard: new InlineKeyboard().text(t("hy-change-route"), routeButtons.pack("review", route.id!)) } : {}),
  }));
}
