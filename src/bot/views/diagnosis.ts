// The self-diagnosis on screen: one statement with its scale, the deficits in words, and the
// competence profile as a picture (bar per area, the deficit threshold drawn).
import { InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { diagnosisButtons, routeButtons } from "../callback-data/buttons.js";
import { sendFileOrOfferRetry } from "../files.js";
import { awaitInput } from "../input.js";
import { showScreen, withLead } from "./screen.js";
import type { Diagnosis } from "../../usecases/diagnosis.js";
import { allIndicators } from "../../domain/framework.js";
import { renderBarChart } from "../render/chart.js";
import { areaOf, currentFramework, type Locale } from "../../domain/framework.js";
import { DEFAULT_DEFICIT_THRESHOLD, NOT_APPLICABLE, type CompetenceProfile, type DeficitFinding } from "../../domain/diagnostics.js";

const framework = currentFramework;

const indicators = allIndicators(framework);

export function profileChart(ctx: BotContext, profile: CompetenceProfile): Buffer {
  const locale = localeOf(ctx);
  const external = profile.areas.some((a) => a.external !== undefined);
  return renderBarChart({
    title: ctx.t("diag-chart-title"),
    labels: profile.areas.map((a) => areaOf(framework, a.area)?.name[locale] ?? a.area),
    values: profile.areas.map((a) => (external ? (a.self ?? a.percent) : a.percent)),
    seriesName: ctx.t(external ? "diag-chart-self" : "diag-chart-profile"),
    ...(external ? { second: { name: ctx.t("diag-chart-external"), values: profile.areas.map((a) => a.external) } } : {}),
    threshold: DEFAULT_DEFICIT_THRESHOLD,
    thresholdLabel: ctx.t("diag-chart-threshold", { value: DEFAULT_DEFICIT_THRESHOLD }),
    locale,
  });
}

export function localeOf(ctx: BotContext): Locale {
  return ctx.user.locale === "en" ? "en" : "ru";
}

function questionView(ctx: BotContext, diagnosticId: number, index: number, answered: number) {
  const indicator = indicators[index]!;
  const locale = localeOf(ctx);
  const text = ctx.t("diag-question", {
    number: index + 1,
    total: indicators.length,
    answered,
    area: areaOf(framework, indicator.area)!.name[locale],
    statement: indicator.text[locale],
  });
  const keyboard = new InlineKeyboard();
  for (const point of framework.scale) keyboard.text(`${point.value} — ${point.label[locale]}`, diagnosisButtons.pack("answer", diagnosticId, index, point.value)).row();
  keyboard.text(ctx.t("diag-not-applicable"), diagnosisButtons.pack("answer", diagnosticId, index, NOT_APPLICABLE)).row();
  if (index > 0) keyboard.text(ctx.t("diag-back"), diagnosisButtons.pack("back", diagnosticId, index));
  keyboard.text(ctx.t("diag-pause"), diagnosisButtons.pack("pause"));
  return { text, keyboard };
}

/** A statement with its scale: after a press it replaces the screen pressed. */
export async function showQuestion(ctx: BotContext, diagnosticId: number, index: number, answered: number): Promise<void> {
  awaitInput(ctx, "diagnostics");
  await showScreen(ctx, questionView(ctx, diagnosticId, index, answered));
}

export function deficitsText(ctx: BotContext, deficits: DeficitFinding[]): string {
  const locale = localeOf(ctx);
  if (!deficits.length) return ctx.t("diag-no-deficits");
  const lines = deficits.slice(0, 3).map((d, i) => {
    const weakest = d.indicators[0] ? allIndicators(framework).find((x) => x.code === d.indicators[0])?.text[locale] : undefined;
    return ctx.t("diag-deficit-line", { n: i + 1, area: areaOf(framework, d.area)?.name[locale] ?? d.area, percent: d.percent, weakest: weakest ?? "", hasWeakest: weakest ? "yes" : "no" });
  });
  return [ctx.t("diag-deficits-title"), ...lines].join("\n");
}

/** The deficits with the next steps (under `lead`, what just happened), then the chart. */
export async function sendResults(ctx: BotContext, diagnosis: Diagnosis, lead?: string): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("diag-make-route"), routeButtons.pack("startNew")).row().text(ctx.t("diag-external"), diagnosisButtons.pack("externalScores"));
  await showScreen(ctx, withLead(lead, { text: deficitsText(ctx, diagnosis.deficits), keyboard }));
  await sendChart(ctx, diagnosis);
}

/** The profile chart after the text result; a failed picture is offered again, nothing else is lost. */
export async function sendChart(ctx: BotContext, diagnosis: Diagnosis): Promise<void> {
  await sendFileOrOfferRetry(
    ctx,
    () => ctx.replyWithPhoto(new InputFile(profileChart(ctx, diagnosis.profile), "profile.png"), { caption: ctx.t("diag-chart-caption") }),
    diagnosisButtons.pack("sendChart"),
  );
}

