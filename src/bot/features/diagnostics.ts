// Self-diagnosis: one indicator per message with scale buttons, progress, back, pause and
// resume (answers are saved one by one); the competence profile as a picture with the top
// deficits; results of an external diagnostic as a second source.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { diagnosisButtons, routeButtons } from "../callback-data/buttons.js";
import { refuseCallback } from "../access.js";
import { now } from "../clock.js";
import { awaitInput, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import type { PressOf } from "../callback-data/codec.js";
import { requireConsent } from "../consent.js";
import { currentFramework } from "../../domain/framework.js";
import { currentDiagnosis } from "../../usecases/diagnosis.js";
import { answerStatement, completeDiagnosis, recordExternalScores, resumeDiagnosis } from "../../usecases/self-diagnosis.js";
import { deficitsText, localeOf, sendChart, sendResults, showQuestion } from "../views/diagnosis.js";

const framework = currentFramework;

async function startOrResume(ctx: BotContext): Promise<void> {
  const progress = await resumeDiagnosis(ctx.deps.store, { userId: ctx.user.id });
  if (progress.next === undefined) return finish(ctx, progress.diagnosticId);
  await showQuestion(ctx, progress.diagnosticId, progress.next, progress.answered);
}

async function finish(ctx: BotContext, diagnosticId: number): Promise<void> {
  const store = ctx.deps.store;
  const completed = await completeDiagnosis(store, { userId: ctx.user.id, diagnosticId, at: now(ctx) });
  if (!completed.ok) return;
  ctx.session.awaiting = undefined;
  const diagnosis = await currentDiagnosis(store, ctx.user.id);
  if (diagnosis) await sendResults(ctx, diagnosis, ctx.t("diag-finished"));
}

const areaCodes = framework.areas.map((a) => a.code);

async function askExternal(ctx: BotContext, index: number, scores: Record<string, number>): Promise<void> {
  const area = framework.areas[index]!;
  awaitInput(ctx, "external", { index, scores: JSON.stringify(scores) });
  await ctx.reply(ctx.t("diag-external-ask", { number: index + 1, total: areaCodes.length, area: area.name[localeOf(ctx)] }));
}

export function diagnosticsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("diagnostics", openDiagnosis);
  composer.callbackQuery(diagnosisButtons.filter, onPress);
  // The question's buttons may be gone (an old screen, a restart): show the current one again.
  composer.on(
    "message",
    whenAwaiting("diagnostics", async (ctx) => {
      await ctx.reply(ctx.t("diag-press-button"));
      await startOrResume(ctx);
    }),
  );
  composer.on("message", whenAwaiting("external", saveExternalScore));
  return composer;
}

/** The results with their next steps when the diagnosis is done; otherwise it starts or resumes. */
async function openDiagnosis(ctx: BotContext): Promise<void> {
  if (!(await requireConsent(ctx))) return;
  const progress = await resumeDiagnosis(ctx.deps.store, { userId: ctx.user.id });
  const diagnosis = await currentDiagnosis(ctx.deps.store, ctx.user.id);
  if (progress.answered === 0 && diagnosis) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("diag-again"), diagnosisButtons.pack("start"))
      .row()
      .text(ctx.t("diag-external"), diagnosisButtons.pack("externalScores"))
      .row()
      .text(ctx.t("diag-make-route"), routeButtons.pack("startNew"));
    await ctx.reply(deficitsText(ctx, diagnosis.deficits), { reply_markup: keyboard });
    return sendChart(ctx, diagnosis);
  }
  if (progress.answered === 0) await ctx.reply(ctx.t("diag-intro", { total: progress.total }));
  else await ctx.reply(ctx.t("diag-resume", { answered: progress.answered, total: progress.total }));
  await startOrResume(ctx);
}

async function onPress(ctx: BotContext): Promise<unknown> {
  const press = await pressOf(ctx, diagnosisButtons);
  if (!press) return;
  if (press.action === "answer" || press.action === "back") return answer(ctx, press);
  await ctx.answerCallbackQuery();
  if (press.action === "pause") {
    ctx.session.awaiting = undefined;
    return ctx.editMessageText(ctx.t("diag-paused"));
  }
  if (press.action === "start") return startOrResume(ctx);
  if (press.action === "sendChart") {
    const diagnosis = await currentDiagnosis(ctx.deps.store, ctx.user.id);
    return diagnosis ? sendChart(ctx, diagnosis) : undefined;
  }
  return askExternal(ctx, 0, {});
}

/** An answer to a statement, or going back to the one before. */
async function answer(ctx: BotContext, press: Extract<PressOf<typeof diagnosisButtons>, { action: "answer" | "back" }>): Promise<unknown> {
  const [diagnosticId, index] = press.values;
  const given = press.action === "answer" ? { index, score: press.values[2] } : { index: index - 1 };
  const progress = await answerStatement(ctx.deps.store, { userId: ctx.user.id, diagnosticId, ...given });
  if (!progress.ok) return refuseCallback(ctx);
  await ctx.answerCallbackQuery();
  if (press.action === "answer" && progress.value.next === undefined) return finish(ctx, diagnosticId);
  return showQuestion(ctx, diagnosticId, press.action === "answer" ? progress.value.next! : given.index, progress.value.answered);
}

/** One area's external score (0–100, "-" to skip); after the last the profile is blended. */
async function saveExternalScore(ctx: MessageContext, payload: AwaitedInputs["external"]): Promise<unknown> {
  const index = Number(payload.index);
  const scores = JSON.parse(String(payload.scores ?? "{}")) as Record<string, number>;
  const text = ctx.message.text?.trim();
  if (text === undefined) return ctx.reply(ctx.t("diag-external-hint"));
  if (text !== "-") {
    const value = Number(text.replace(",", ".").replace("%", ""));
    if (!Number.isFinite(value) || value < 0 || value > 100) return ctx.reply(ctx.t("diag-external-hint"));
    scores[areaCodes[index]!] = Math.round(value * 10) / 10;
  }
  if (index + 1 < areaCodes.length) return askExternal(ctx, index + 1, scores);
  ctx.session.awaiting = undefined;
  const recorded = await recordExternalScores(ctx.deps.store, { userId: ctx.user.id, scores, at: now(ctx) });
  if (!recorded.ok) return ctx.reply(ctx.t("diag-external-empty"));
  await ctx.reply(ctx.t("diag-external-saved"));
  const diagnosis = await currentDiagnosis(ctx.deps.store, ctx.user.id);
  if (diagnosis) await sendResults(ctx, diagnosis);
}
