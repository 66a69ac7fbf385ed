// The school's subject associations, run by its deputy or director from the home screen: create them by name,
// appoint heads, place teachers, choose one-step or two-step approval; invite a head for a subject association;
// a teacher who has just joined chooses her own.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { associationButtons } from "../callback-data/buttons.js";
import type { ActionsOf } from "../callback-data/codec.js";
import { handlePresses, type PressHandlers } from "../callback-data/press.js";
import { personOf } from "../access.js";
import { now } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { associationScreen, associationsScreen, showPeopleChoice } from "../views/associations.js";
import { inviteLink } from "../views/invites.js";
import { refusalText } from "../views/refusals.js";
import { showScreen } from "../views/screen.js";
import { appointHead, chooseOwnAssociation, createAssociation, placeTeacher, setReviewSteps } from "../../usecases/associations.js";
import { createSchoolInvite } from "../../usecases/invites.js";
import { LIMITS } from "../../domain/validation.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import type { Outcome } from "../../usecases/outcome.js";

export function associationsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  handlePresses(composer, associationButtons, HANDLERS);
  composer.on("message", whenAwaiting("association-name", saveName));
  return composer;
}

/** Answers the press with the refusal, or goes on to the screen. */
async function after(ctx: BotContext, outcome: Outcome<unknown>, next: () => Promise<unknown>, saved = "saved"): Promise<unknown> {
  if (!outcome.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, outcome.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t(saved) });
  return next();
}

const HANDLERS: PressHandlers<ActionsOf<typeof associationButtons>> = {
  list: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showScreen(ctx, await associationsScreen(ctx, press.values[0]));
  },
  open: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showScreen(ctx, await associationScreen(ctx, press.values[0]));
  },
  chooseHead: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showPeopleChoice(ctx, press.values[0], "head", press.values[1]);
  },
  chooseTeacher: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showPeopleChoice(ctx, press.values[0], "teacher", press.values[1]);
  },
  create: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    awaitInput(ctx, "association-name", { schoolId: press.values[0] });
    return askTyped(ctx, ctx.t("shmo-ask-name"));
  },
  steps: async (ctx, press) => {
    const [schoolId, steps] = press.values;
    const outcome = await setReviewSteps(ctx.deps.store, { person: personOf(ctx), schoolId, steps: steps === "2" ? 2 : 1, at: now(ctx) });
    return after(ctx, outcome, async () => showScreen(ctx, await associationsScreen(ctx, schoolId)));
  },
  setHead: async (ctx, press) => {
    const [associationId, userId] = press.values;
    const outcome = await appointHead(ctx.deps.store, { person: personOf(ctx), associationId, userId, at: now(ctx) });
    return after(ctx, outcome, async () => showScreen(ctx, await associationScreen(ctx, associationId)));
  },
  addTeacher: async (ctx, press) => {
    const [associationId, teacherId] = press.values;
    const outcome = await placeTeacher(ctx.deps.store, { person: personOf(ctx), associationId, teacherId, at: now(ctx) });
    return after(ctx, outcome, () => showPeopleChoice(ctx, associationId, "teacher", 0));
  },
  inviteHead: (ctx, press) => inviteHead(ctx, press.values[0]),
  join: async (ctx, press) => {
    const outcome = await chooseOwnAssociation(ctx.deps.store, { person: personOf(ctx), associationId: press.values[0], at: now(ctx) });
    return after(ctx, outcome, () => ctx.editMessageText(ctx.t("shmo-joined", { name: outcome.ok ? outcome.value.name : "" })));
  },
};

async function inviteHead(ctx: BotContext, associationId: number): Promise<unknown> {
  const association = await ctx.deps.store.associations.byId(associationId);
  if (!association) return ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
  const outcome = await createSchoolInvite(ctx.deps.store, { person: personOf(ctx), role: "shmo_head", associationName: association.name, at: now(ctx) });
  if (!outcome.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, outcome.refusal), show_alert: true });
  await ctx.answerCallbackQuery();
  const date = formatDate(localDateOf(outcome.value.expiresAt, ctx.deps.config.TIMEZONE));
  const text = ctx.t("shmo-head-invite", { name: association.name, link: inviteLink(ctx, outcome.value.code), date });
  return ctx.reply(text, { link_preview_options: { is_disabled: true } });
}

async function saveName(ctx: MessageContext, payload: AwaitedInputs["association-name"]): Promise<unknown> {
  const name = await typedText(ctx, LIMITS.title);
  if (name === undefined) return;
  const outcome = await createAssociation(ctx.deps.store, { person: personOf(ctx), schoolId: payload.schoolId, name, at: now(ctx) });
  if (!outcome.ok && outcome.refusal.reason === "not_ready") return ctx.reply(ctx.t("shmo-exists"));
  ctx.session.awaiting = undefined;
  if (!outcome.ok) return ctx.reply(await refusalText(ctx, outcome.refusal));
  await ctx.reply(ctx.t("shmo-created", { name: outcome.value.name }));
  return showScreen(ctx, await associationScreen(ctx, outcome.value.id));
}
