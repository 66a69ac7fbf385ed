// The educational history on screen: one step at a time with its buttons, and the whole of it.
import { InlineKeyboard } from "grammy";
import { Menu } from "@grammyjs/menu";
import { z } from "zod";
import type { BotContext } from "../context.js";
import { historyButtons } from "../callback-data/buttons.js";
import { awaitInput } from "../input.js";
import { refreshedWith, showScreen, withLead } from "./screen.js";
import { showHome } from "./home.js";
import { requireConsent } from "../consent.js";
import { EDUCATION_LEVELS, QUALIFICATION_CATEGORIES } from "../../domain/vocabulary.js";
import { formatDate } from "../../domain/time.js";
import { HISTORY_STEPS, OPTIONAL_HISTORY_STEPS, type EducationalHistory } from "../../domain/route.js";

export type Step = (typeof HISTORY_STEPS)[number];

export const CHOICES: Partial<Record<Step, readonly string[]>> = { education: EDUCATION_LEVELS, qualificationCategory: QUALIFICATION_CATEGORIES };
export const OPTIONAL: readonly Step[] = OPTIONAL_HISTORY_STEPS;
export const stepPart = z.enum(HISTORY_STEPS);

/** The wizard's first step under its introduction, as a new message: the joining messages above it stay. */
export async function startHistory(ctx: BotContext): Promise<void> {
  await askStep(ctx, "fullName", true, { lead: ctx.t("history-intro"), anew: true });
}

/** A step of the wizard (or one field from the profile); after a press it replaces the screen pressed. */
export async function askStep(ctx: BotContext, step: Step, wizard: boolean, options: { lead?: string; anew?: boolean } = {}): Promise<void> {
  const position = HISTORY_STEPS.indexOf(step) + 1;
  // Editing one field of the profile is not a step of a wizard: no "step 3 of 8" then.
  const question = ctx.t(`history-ask-${step}`);
  const text = wizard ? ctx.t("history-step", { step: position, total: HISTORY_STEPS.length, question }) : ctx.t("history-edit-step", { question });
  const keyboard = new InlineKeyboard();
  const mode = wizard ? "w" : "e";
  for (const choice of CHOICES[step] ?? []) keyboard.text(ctx.t(`${step === "education" ? "education" : "category"}-${choice}`), historyButtons.pack("choose", mode, step, choice)).row();
  if (OPTIONAL.includes(step)) keyboard.text(ctx.t("history-skip"), historyButtons.pack("skip", mode, step));
  awaitInput(ctx, CHOICES[step] ? "history-choice" : "history", { step, mode });
  await showScreen(ctx, withLead(options.lead, { text, keyboard }), { anew: options.anew ?? false });
}

/** The profile's fields two to a row, each opening its question in the same message; then home. */
export const profileMenu = new Menu<BotContext>("profile", { onMenuOutdated: refreshedWith(showProfile) })
  .dynamic((ctx, range) => {
    HISTORY_STEPS.forEach((step, index) => {
      range.text(ctx.t(`history-field-${step}`), (c) => (c.user.consentAt ? askStep(c, step, false) : requireConsent(c)));
      if (index % 2 === 1) range.row();
    });
  })
  .row()
  .text((ctx) => ctx.t("home-back-home"), (ctx) => showHome(ctx));

export async function showProfile(ctx: BotContext): Promise<void> {
  const history = await ctx.deps.store.profiles.history(ctx.user.id);
  await showScreen(ctx, { text: historyText(ctx, history), keyboard: profileMenu });
}

export function historyText(ctx: BotContext, history: EducationalHistory): string {
  const dash = ctx.t("history-empty");
  const value = (step: Step): string => {
    const raw = history[step];
    if (raw === undefined || raw === "") return dash;
    if (step === "education") return ctx.t(`education-${raw}`);
    if (step === "qualificationCategory") return ctx.t(`category-${raw}`);
    if (step === "lastAttestationDate") return formatDate(raw as string);
    return String(raw);
  };
  const lines = HISTORY_STEPS.map((step) => `${ctx.t(`history-field-${step}`)}: ${value(step)}`);
  return [ctx.t("history-title"), "", ...lines].join("\n");
}

