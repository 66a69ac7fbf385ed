// The methodical service at work: an administrator assigns methodists to schools; a methodist
// gives a targeted recommendation to a school (its deputies and director are told); the school
// accepts it, answers and marks it carried out, and the author is told.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { methodicalButtons } from "../callback-data/buttons.js";
import type { ActionsOf } from "../callback-data/codec.js";
import { handlePresses, type PressHandlers } from "../callback-data/press.js";
import { ensureAllowed, personOf } from "../access.js";
import { now, today } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { methodistsScreen, schoolRecommendationScreen, showMethodistSchools } from "../views/methodical.js";
import { showMyRecommendations, showSchoolRecommendations } from "../views/recommendation-lists.js";
import { personName } from "../views/people.js";
import { refusalText } from "../views/refusals.js";
import { showScreen, type Screen } from "../views/screen.js";
import { tell } from "../notifications/tell.js";
import { shorten } from "../text.js";
import { answerSchoolRecommendation, markSchoolRecommendation, recommendToSchool, setResponsibility } from "../../usecases/methodists.js";
import { LIMITS } from "../../domain/validation.js";

export function methodicalFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  handlePresses(composer, methodicalButtons, HANDLERS);
  composer.on("message", whenAwaiting("school-recommendation", saveRecommendation));
  composer.on("message", whenAwaiting("school-recommendation-answer", saveAnswer));
  return composer;
}

const screen = (make: (ctx: BotContext) => Promise<Screen>) => async (ctx: BotContext) => {
  await ctx.answerCallbackQuery();
  return showScreen(ctx, await make(ctx));
};

const HANDLERS: PressHandlers<ActionsOf<typeof methodicalButtons>> = {
  methodists: (ctx, press) => screen((c) => methodistsScreen(c, press.values[0]))(ctx),
  methodist: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showMethodistSchools(ctx, ...press.values);
  },
  recommendations: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showSchoolRecommendations(ctx, press.values[0]);
  },
  recommendation: (ctx, press) => screen((c) => schoolRecommendationScreen(c, press.values[0]))(ctx),
  mine: async (ctx) => {
    await ctx.answerCallbackQuery();
    return showMyRecommendations(ctx);
  },
  toggle: async (ctx, press) => {
    const [methodistId, schoolId, page] = press.values;
    const responsible = !(await ctx.deps.store.methodists.schoolsOf(methodistId)).includes(schoolId);
    const outcome = await setResponsibility(ctx.deps.store, { person: personOf(ctx), methodistId, schoolId, responsible, at: now(ctx) });
    if (!outcome.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, outcome.refusal), show_alert: true });
    await ctx.answerCallbackQuery({ text: ctx.t("saved") });
    return showMethodistSchools(ctx, await ctx.deps.store.organisations.districtIdOf(schoolId), methodistId, page);
  },
  recommend: async (ctx, press) => {
    const schoolId = press.values[0];
    const districtId = await ctx.deps.store.organisations.districtIdOf(schoolId);
    if (!(await ensureAllowed(ctx, "school.recommend", { kind: "school", schoolId, districtId }))) return;
    await ctx.answerCallbackQuery();
    awaitInput(ctx, "school-recommendation", { schoolId });
    return askTyped(ctx, ctx.t("mm-ask-recommendation"));
  },
  accept: (ctx, press) => mark(ctx, press.values[0], "accepted"),
  carriedOut: (ctx, press) => mark(ctx, press.values[0], "done"),
  answer: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    awaitInput(ctx, "school-recommendation-answer", { id: press.values[0] });
    return askTyped(ctx, ctx.t("cm-ask-reply"));
  },
};

async function saveRecommendation(ctx: MessageContext, payload: AwaitedInputs["school-recommendation"]): Promise<unknown> {
  const text = await typedText(ctx, LIMITS.longText);
  if (text === undefined) return;
  ctx.session.awaiting = undefined;
  const issued = await recommendToSchool(ctx.deps.store, { person: personOf(ctx), schoolId: payload.schoolId, text, today: today(ctx), at: now(ctx) });
  if (!issued.ok) return ctx.reply(await refusalText(ctx, issued.refusal));
  const school = (await ctx.deps.store.organisations.byId(payload.schoolId))?.name ?? "";
  const author = await personName(ctx, ctx.user.id);
  for (const userId of issued.value.recipients) {
    await tell(ctx, userId, (t) => ({ text: t("mm-notify", { author, school, text }), keyboard: new InlineKeyboard().text(t("mm-open"), methodicalButtons.pack("recommendation", issued.value.id)) }));
  }
  await ctx.reply(ctx.t("mm-recommendation-saved", { school, count: issued.value.recipients.length }));
  return showSchoolRecommendations(ctx, payload.schoolId);
}

async function mark(ctx: BotContext, id: number, status: "accepted" | "done"): Promise<unknown> {
  const marked = await markSchoolRecommendation(ctx.deps.store, { person: personOf(ctx), id, status, at: now(ctx) });
  if (!marked.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, marked.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t(`cm-marked-${status}`) });
  const school = (await ctx.deps.store.organisations.byId(marked.value.schoolId))?.name ?? "";
  await tell(ctx, marked.value.authorId, (t) => ({ text: t(`mm-author-${status}`, { school, text: shorten(marked.value.text, 200) }) }));
  return showScreen(ctx, await schoolRecommendationScreen(ctx, id));
}

async function saveAnswer(ctx: MessageContext, payload: AwaitedInputs["school-recommendation-answer"]): Promise<unknown> {
  const text = await typedText(ctx, LIMITS.longText);
  if (text === undefined) return;
  ctx.session.awaiting = undefined;
  const answered = await answerSchoolRecommendation(ctx.deps.store, { person: personOf(ctx), id: payload.id, text, at: now(ctx) });
  if (!answered.ok) return ctx.reply(await refusalText(ctx, answered.refusal));
  const school = (await ctx.deps.store.organisations.byId(answered.value.schoolId))?.name ?? "";
  await tell(ctx, answered.value.authorId, (t) => ({ text: t("mm-author-answer", { school, text }) }));
  await ctx.reply(ctx.t("mm-answer-saved"));
  return showScreen(ctx, await schoolRecommendationScreen(ctx, payload.id));
}
