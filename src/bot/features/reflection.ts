// The half-year analysis (002 §4.3) and the final reflection with self-assessment (002 §3.3.4)
// as guided conversations. Every answer is kept in a draft at once, so /cancel, a restart or a
// pause loses nothing; the final reflection completes the route and starts the next one from it.
import { Composer, InlineKeyboard } from "grammy";
import { createConversation, type Conversation } from "@grammyjs/conversations";
import { defaultRouteTitle } from "../views/route.js";
import type { BotContext, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { FINAL, HALF_YEAR } from "../conversation-names.js";
import { finalReflectionButtons, livingButtons, routeButtons } from "../callback-data/buttons.js";
import { completeHalfYearAnalysis, completeRoute } from "../../usecases/reflections.js";
import { localDateOf } from "../../domain/time.js";
import type { Route } from "../../domain/route.js";
import { ask, askText, isCommand, openWith } from "../conversation-prompts.js";

type Convo = Conversation<BotContext, ConversationContext>;

interface Draft {
  facts: string[];
  corrections?: string;
  prospects?: string;
}

interface Loaded {
  route: Route;
  userId: number;
  draft: Draft;
}

/** The teacher's active route, or undefined when it is not theirs or not active any more. */
async function load(deps: BotDeps, telegramId: number, routeId: number, kind: string): Promise<Loaded | undefined> {
  const user = await deps.store.users.byTelegramId(BigInt(telegramId));
  const route = await deps.store.routes.byId(routeId);
  if (!user || !route || route.teacherId !== user.id || route.status !== "active") return undefined;
  const draft = (await drafts(deps).read(`${kind}:${routeId}`)) ?? { facts: [] };
  return { route, userId: user.id, draft };
}

function drafts(deps: BotDeps) {
  return deps.store.sessions.storage<Draft>("reflection-draft");
}

function halfYearConversation(deps: BotDeps) {
  return async function halfYear(conversation: Convo, ctx: ConversationContext, routeId: number): Promise<void> {
    const loaded = await conversation.external(() => load(deps, ctx.from!.id, routeId, HALF_YEAR));
    if (!loaded) return void (await ctx.reply(ctx.t("error-wrong-status")));
    const { route, userId } = loaded;
    const draft = loaded.draft;
    const intro = { text: ctx.t("hy-intro", { tasks: route.tasks.length }) };
    for (let i = draft.facts.length; i < route.tasks.length; i++) {
      const task = route.tasks[i]!;
      const fact = await askText(conversation, ctx, ctx.t("hy-ask-fact", { n: i + 1, title: task.title, expected: task.expectedResult ?? "—" }), intro);
      draft.facts.push(fact);
      await conversation.external(() => drafts(deps).write(`${HALF_YEAR}:${routeId}`, draft));
    }
    if (draft.corrections === undefined) {
      draft.corrections = await askText(conversation, ctx, ctx.t("hy-ask-corrections"), intro);
      await conversation.external(() => drafts(deps).write(`${HALF_YEAR}:${routeId}`, draft));
    }
    const saved = await conversation.external(async () => {
      const at = deps.clock();
      const outcome = await completeHalfYearAnalysis(deps.store, { person: { userId }, routeId, facts: draft.facts, corrections: draft.corrections!, at, today: localDateOf(at, deps.config.TIMEZONE) });
      if (outcome.ok) await drafts(deps).delete(`${HALF_YEAR}:${routeId}`);
      return outcome.ok;
    });
    if (!saved) return void (await ctx.reply(ctx.t("error-wrong-status")));
    const keyboard = new InlineKeyboard().text(ctx.t("hy-change-route"), routeButtons.pack("review", routeId)).row().text(ctx.t("lv-open"), livingButtons.pack("open", routeId));
    await ctx.reply(ctx.t("hy-saved"), { reply_markup: keyboard });
  };
}

function finalConversation(deps: BotDeps) {
  return async function finalReflection(conversation: Convo, ctx: ConversationContext, routeId: number): Promise<void> {
    const loaded = await conversation.external(() => load(deps, ctx.from!.id, routeId, FINAL));
    if (!loaded) return void (await ctx.reply(ctx.t("error-wrong-status")));
    const { userId } = loaded;
    const draft = loaded.draft;
    const intro = { text: ctx.t("fr-intro") };
    const keep = () => conversation.external(() => drafts(deps).write(`${FINAL}:${routeId}`, draft));
    if (!draft.facts[0]) {
      draft.facts = [await askText(conversation, ctx, ctx.t("fr-ask-fact"), intro)];
      await keep();
    }
    if (draft.corrections === undefined) {
      draft.corrections = await askText(conversation, ctx, ctx.t("fr-ask-difficulties"), intro);
      await keep();
    }
    if (draft.prospects === undefined) {
      draft.prospects = await askText(conversation, ctx, ctx.t("fr-ask-prospects"), intro);
      await keep();
    }
    const { score, pressed } = await askSelfAssessment(conversation, ctx, intro);
    const result = await conversation.external(() => completeFromDraft(deps, userId, routeId, draft, score));
    if (!result) return void (await ctx.reply(ctx.t("error-wrong-status")));
    const keyboard = new InlineKeyboard().text(ctx.t("fr-open-next"), routeButtons.pack("review", result.nextId));
    await openWith(pressed, ctx.t("fr-done", { carried: result.carried }), keyboard);
  };
}

/** The self-assessment on a 1–5 scale, by button; anything else repeats the hint. */
async function askSelfAssessment(conversation: Convo, ctx: ConversationContext, intro: { text?: string }): Promise<{ score: number; pressed: ConversationContext }> {
  const scale = new InlineKeyboard();
  for (let score = 1; score <= 5; score++) scale.text(String(score), finalReflectionButtons.pack("selfAssessment", score));
  // Resumed with every text answered: the scale replaces the card pressed, like a first question.
  await ask(ctx, ctx.t("fr-ask-self-assessment"), intro, scale);
  for (;;) {
    const answer = await conversation.wait();
    if (isCommand(answer)) await conversation.halt({ next: true });
    const press = finalReflectionButtons.unpack(answer.callbackQuery?.data);
    if (answer.callbackQuery) await answer.answerCallbackQuery();
    if (press && press !== "stale") return { score: press.values[0], pressed: answer };
    await answer.reply(answer.t("fr-self-assessment-hint"));
  }
}

/** Completes the route with the final reflection and seeds the next one; the draft is then dropped. */
async function completeFromDraft(deps: BotDeps, userId: number, routeId: number, draft: Draft, selfAssessment: number) {
  const at = deps.clock();
  const user = await deps.store.users.byId(userId);
  const locale = user?.locale ?? "ru";
  const outcome = await completeRoute(deps.store, {
    person: { userId },
    routeId,
    fact: draft.facts[0]!,
    corrections: draft.corrections!,
    prospects: draft.prospects!,
    selfAssessment,
    at,
    today: localDateOf(at, deps.config.TIMEZONE),
    titleFor: (term) => defaultRouteTitle((key, params) => deps.i18n.t(locale, key, params), user?.fullName, term),
  });
  if (!outcome.ok) return undefined;
  await drafts(deps).delete(`${FINAL}:${routeId}`);
  return outcome.value;
}

export function reflectionFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation(halfYearConversation(deps), HALF_YEAR));
  composer.use(createConversation(finalConversation(deps), FINAL));
  return composer;
}
