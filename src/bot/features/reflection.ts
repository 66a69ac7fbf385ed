// The half-year analysis (002 §4.3) and the final reflection with self-assessment (002 §3.3.4)
// as guided conversations. Every answer is kept in a draft at once, so /cancel, a restart or a
// pause loses nothing; the final reflection completes the route and starts the next one from it.
import { Composer, InlineKeyboard, type Context } from "grammy";
import { createConversation, type Conversation } from "@grammyjs/conversations";
import type { BotContext, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { finalReflectionButtons, livingButtons, routeButtons } from "../callback-data/buttons.js";
import { transition } from "../../domain/lifecycle.js";
import { nextRoute } from "../../domain/succession.js";
import { localDateOf } from "../../domain/time.js";
import { LIMITS, parseField, textSchema } from "../../domain/validation.js";
import type { Reflection, Route } from "../../domain/route.js";

type Convo = Conversation<BotContext, ConversationContext>;

interface Draft {
  facts: string[];
  corrections?: string;
  prospects?: string;
}

export const HALF_YEAR = "half-year";
export const FINAL = "final-reflection";

function isCommand(ctx: Context): boolean {
  const entity = ctx.message?.entities?.[0];
  return entity?.type === "bot_command" && entity.offset === 0 && !ctx.message?.text?.startsWith("/cancel");
}

/** Waits for a text answer; a command leaves the conversation (the answers so far are kept). */
async function askText(conversation: Convo, ctx: ConversationContext, prompt: string): Promise<string> {
  await ctx.reply(prompt);
  for (;;) {
    const answer = await conversation.wait();
    if (isCommand(answer)) await conversation.halt({ next: true });
    const text = answer.message?.text;
    if (text === undefined) {
      await answer.reply(answer.t("expect-text"));
      continue;
    }
    const parsed = parseField(textSchema(LIMITS.longText), text);
    if (parsed.ok) return parsed.value;
    await answer.reply(answer.t(`issue-${parsed.issue.code.replace(/_/g, "-")}`, parsed.issue.params ?? {}));
  }
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
    await ctx.reply(ctx.t("hy-intro", { tasks: route.tasks.length }));
    for (let i = draft.facts.length; i < route.tasks.length; i++) {
      const task = route.tasks[i]!;
      const fact = await askText(conversation, ctx, ctx.t("hy-ask-fact", { n: i + 1, title: task.title, expected: task.expectedResult ?? "—" }));
      draft.facts.push(fact);
      await conversation.external(() => drafts(deps).write(`${HALF_YEAR}:${routeId}`, draft));
    }
    if (draft.corrections === undefined) {
      draft.corrections = await askText(conversation, ctx, ctx.t("hy-ask-corrections"));
      await conversation.external(() => drafts(deps).write(`${HALF_YEAR}:${routeId}`, draft));
    }
    const saved = await conversation.external(async () => {
      const at = deps.clock();
      const current = await deps.store.routes.byId(routeId);
      if (!current || current.status !== "active") return false;
      const reflection: Reflection = {
        kind: "half_year",
        fact: current.tasks.map((t, i) => `${i + 1}. ${t.title}: ${draft.facts[i] ?? "—"}`).join("\n"),
        expected: current.tasks.map((t, i) => `${i + 1}. ${t.expectedResult ?? "—"}`).join("\n"),
        corrections: draft.corrections!,
        createdAt: at.toISOString(),
      };
      transition(current, { type: "half_year_analysis", reflection }, at);
      await deps.store.routes.addReflection(routeId, userId, reflection);
      const today = localDateOf(at, deps.config.TIMEZONE);
      const due = current.checkpoints.find((c) => c.kind === "half_year" && !c.answeredAt && c.dueDate <= today);
      if (due) await deps.store.routes.answerCheckpoint(due.id!, reflection.corrections!, at);
      await drafts(deps).delete(`${HALF_YEAR}:${routeId}`);
      return true;
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
    await ctx.reply(ctx.t("fr-intro"));
    const keep = () => conversation.external(() => drafts(deps).write(`${FINAL}:${routeId}`, draft));
    if (!draft.facts[0]) {
      draft.facts = [await askText(conversation, ctx, ctx.t("fr-ask-fact"))];
      await keep();
    }
    if (draft.corrections === undefined) {
      draft.corrections = await askText(conversation, ctx, ctx.t("fr-ask-difficulties"));
      await keep();
    }
    if (draft.prospects === undefined) {
      draft.prospects = await askText(conversation, ctx, ctx.t("fr-ask-prospects"));
      await keep();
    }
    const scale = new InlineKeyboard();
    for (let score = 1; score <= 5; score++) scale.text(String(score), finalReflectionButtons.pack("selfAssessment", score));
    await ctx.reply(ctx.t("fr-ask-self-assessment"), { reply_markup: scale });
    let selfAssessment = 0;
    while (!selfAssessment) {
      const answer = await conversation.wait();
      if (isCommand(answer)) await conversation.halt({ next: true });
      const press = finalReflectionButtons.unpack(answer.callbackQuery?.data);
      if (press && press !== "stale") {
        selfAssessment = press.values[0];
        await answer.answerCallbackQuery();
      } else {
        if (answer.callbackQuery) await answer.answerCallbackQuery();
        await answer.reply(answer.t("fr-self-assessment-hint"));
      }
    }
    const result = await conversation.external(async () => {
      const at = deps.clock();
      const current = await deps.store.routes.byId(routeId);
      if (!current || current.status !== "active") return undefined;
      const reflection: Reflection = {
        kind: "final",
        fact: draft.facts[0]!,
        corrections: draft.corrections!,
        prospects: draft.prospects!,
        selfAssessment,
        createdAt: at.toISOString(),
      };
      const completed = transition(current, { type: "complete", reflection, selfAssessment }, at);
      if (!(await deps.store.routes.changeStatus(current, completed))) return undefined;
      await deps.store.routes.addReflection(routeId, userId, reflection);
      await drafts(deps).delete(`${FINAL}:${routeId}`);
      const today = localDateOf(at, deps.config.TIMEZONE);
      const locale = (await deps.store.users.byId(userId))?.locale ?? "ru";
      const history = await deps.store.profiles.history(userId);
      const planned = nextRoute({ ...completed, reflections: [...current.reflections, reflection] }, today, "");
      const title = deps.i18n.t(locale, "rd-default-title", { from: planned.term!.start.slice(0, 4), to: planned.term!.end.slice(0, 4) });
      const next = await deps.store.routes.create({ ...planned, title, history });
      return { nextId: next.id!, carried: next.tasks.length };
    });
    if (!result) return void (await ctx.reply(ctx.t("error-wrong-status")));
    const keyboard = new InlineKeyboard().text(ctx.t("fr-open-next"), routeButtons.pack("review", result.nextId));
    await ctx.reply(ctx.t("fr-done", { carried: result.carried }), { reply_markup: keyboard });
  };
}

export function reflectionFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation(halfYearConversation(deps), HALF_YEAR));
  composer.use(createConversation(finalConversation(deps), FINAL));
  return composer;
}
