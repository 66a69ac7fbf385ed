// The educational history (002 §4.1): asked step by step after joining, with buttons wherever
// the answer is from a list; each answer is saved at once; editable later from /profile.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { saveHistoryField } from "../../usecases/personal.js";
import { pressOf } from "../callback-data/press.js";
import { diagnosisButtons, historyButtons } from "../callback-data/buttons.js";
import { showScreen } from "../views/screen.js";
import { requireConsent } from "../consent.js";
import { refuseCallback } from "../access.js";
import { today } from "../clock.js";
import { whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { issueText } from "../text.js";
import { parseUserDate } from "../../domain/time.js";
import { LIMITS, parseField, textSchema } from "../../domain/validation.js";
import { HISTORY_STEPS, type EducationalHistory } from "../../domain/route.js";
import { askStep, CHOICES, OPTIONAL, showProfile, stepPart, type Step } from "../views/history.js";

async function afterAnswer(ctx: BotContext, step: Step, wizard: boolean): Promise<void> {
  ctx.session.awaiting = undefined;
  const next = HISTORY_STEPS[HISTORY_STEPS.indexOf(step) + 1];
  if (wizard && next) return askStep(ctx, next, true);
  if (wizard) {
    const keyboard = new InlineKeyboard().text(ctx.t("home-do-diagnosis"), diagnosisButtons.pack("start"));
    return showScreen(ctx, { text: ctx.t("history-done"), keyboard });
  }
  await showProfile(ctx);
}

function parseAnswer(ctx: BotContext, step: Step, text: string): { ok: true; value: EducationalHistory[Step] } | { ok: false; message: string } {
  if (step === "teachingYears") {
    const years = Number(text.trim());
    return Number.isInteger(years) && years >= 0 && years <= 60 ? { ok: true, value: years } : { ok: false, message: ctx.t("history-bad-years") };
  }
  if (step === "lastAttestationDate") {
    const date = parseUserDate(text, today(ctx));
    if (!date) return { ok: false, message: ctx.t("issue-invalid-date") };
    return date > today(ctx) ? { ok: false, message: ctx.t("history-date-in-future") } : { ok: true, value: date };
  }
  const parsed = parseField(textSchema(step === "fullName" || step === "position" ? LIMITS.shortText : LIMITS.longText), text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: issueText(ctx, parsed.issue) };
}

export function profileFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("profile", async (ctx) => {
    ctx.session.awaiting = undefined;
    if (!(await requireConsent(ctx))) return;
    await showProfile(ctx);
  });
  composer.callbackQuery(historyButtons.filter, onPress);
  // The step's buttons may be gone (an old screen, a restart): ask the step again with them.
  composer.on(
    "message",
    whenAwaiting("history-choice", async (ctx, payload) => {
      await ctx.reply(ctx.t("press-button"));
      const step = stepPart.safeParse(payload.step);
      if (step.success) await askStep(ctx, step.data, payload.mode === "w");
    }),
  );
  composer.on("message", whenAwaiting("history", saveTypedAnswer));
  return composer;
}

async function onPress(ctx: BotContext): Promise<unknown> {
  const press = await pressOf(ctx, historyButtons);
  if (!press) return;
  if (!ctx.user.consentAt) {
    await ctx.answerCallbackQuery();
    return requireConsent(ctx);
  }
  if (press.action === "edit") {
    await ctx.answerCallbackQuery();
    return askStep(ctx, press.values[0], false);
  }
  const [mode, step] = press.values;
  if (press.action === "choose") {
    const choice = press.values[2];
    if (!CHOICES[step]?.includes(choice)) return refuseCallback(ctx);
    await saveHistoryField(ctx.deps.store, { userId: ctx.user.id, field: step, value: choice as never, known: { user: ctx.user } });
    await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  } else if (OPTIONAL.includes(step)) await ctx.answerCallbackQuery();
  else return refuseCallback(ctx);
  return afterAnswer(ctx, step, mode === "w");
}

async function saveTypedAnswer(ctx: MessageContext, payload: AwaitedInputs["history"]): Promise<unknown> {
  const step = stepPart.safeParse(payload.step);
  if (!step.success) {
    ctx.session.awaiting = undefined;
    return ctx.reply(ctx.t("unknown-input"));
  }
  if (!(await requireConsent(ctx))) return;
  const text = ctx.message.text;
  if (text === undefined) return ctx.reply(ctx.t("expect-text"));
  const answer = parseAnswer(ctx, step.data, text);
  if (!answer.ok) return ctx.reply(answer.message);
  const saved = await saveHistoryField(ctx.deps.store, { userId: ctx.user.id, field: step.data, value: answer.value as never, known: { user: ctx.user } });
  if (!saved.ok) return requireConsent(ctx);
  return afterAnswer(ctx, step.data, payload.mode === "w");
}
