// The typed answers of route design: goal, term, task texts, dates of activities and of
// broadcasting experience; each checked, saved, and followed by the next step.
import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../context.js";
import type { AwaitedInputs } from "../../awaiting.js";
import { today } from "../../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting } from "../../input.js";
import { issueText } from "../../text.js";
import { type Route } from "../../../domain/route.js";
import { formatDate, parseUserDate, type LocalDate } from "../../../domain/time.js";
import { checkDateInTerm, LIMITS, termSchema } from "../../../domain/validation.js";
import { areaTopic, awaitedRoute, saveAnswer, type RouteInput } from "./editing.js";
import { activityKindScreen, activityLevelScreen, showReview, showTask } from "./screens.js";
import { showScreen } from "../../views/screen.js";
import { defaultRouteTitle } from "../../views/route.js";

const textInput = <K extends RouteInput>(kind: K, max: number, apply: (route: Route, text: string, payload: AwaitedInputs[K]) => Route | string, after: (ctx: BotContext, route: Route, payload: AwaitedInputs[K]) => Promise<unknown>) =>
  whenAwaiting(kind, async (ctx, payload) => {
    const text = await typedText(ctx, max);
    if (text === undefined) return;
    const route = await awaitedRoute(ctx, payload);
    if (!route) return;
    await saveAnswer(ctx, apply(route, text, payload), (saved) => after(ctx, saved, payload));
  });

const dateInput = <K extends RouteInput>(kind: K, apply: (ctx: BotContext, route: Route, date: LocalDate, payload: AwaitedInputs[K]) => Route | string, after: (ctx: BotContext, route: Route, payload: AwaitedInputs[K]) => Promise<unknown>) =>
  whenAwaiting(kind, async (ctx, payload) => {
    const text = ctx.message.text;
    const route = await awaitedRoute(ctx, payload);
    if (!route) return;
    const date = text === undefined ? undefined : parseUserDate(text, today(ctx));
    if (!date) return ctx.reply(ctx.t("rd-bad-date", { example: formatDate(route.term?.end ?? today(ctx)) }));
    const outside = checkDateInTerm(date, route.term);
    if (outside) return ctx.reply(issueText(ctx, outside));
    await saveAnswer(ctx, apply(ctx, route, date, payload), (saved) => after(ctx, saved, payload));
  });

const goalAnswer = textInput(
  "route-goal",
  LIMITS.longText,
  (route, goal) => ({ ...route, goal }),
  async (ctx, route, payload) => {
    if (payload.back || route.tasks.length) return showReview(ctx, route);
    awaitInput(ctx, "route-task-title", { routeId: route.id!, task: 0 });
    return askTyped(ctx, ctx.t("rd-ask-task-title"));
  },
);

const taskTitleAnswer = textInput(
  "route-task-title",
  LIMITS.title,
  (route, title, payload) => {
    const index = Number(payload.task);
    if (route.tasks[index]) return { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, title } : t)) };
    return { ...route, tasks: [...route.tasks, { title, resources: [], activities: [], ...(route.term ? { deadline: route.term.end } : {}) }] };
  },
  async (ctx, route, payload) => {
    const index = Math.min(Number(payload.task), route.tasks.length - 1);
    if (!route.tasks[index]!.expectedResult) {
      awaitInput(ctx, "route-task-result", { routeId: route.id!, task: index });
      return askTyped(ctx, ctx.t("rd-ask-task-result"));
    }
    return showTask(ctx, route, index);
  },
);

const taskResultAnswer = textInput(
  "route-task-result",
  LIMITS.longText,
  (route, expectedResult, payload) => ({ ...route, tasks: route.tasks.map((t, i) => (i === Number(payload.task) ? { ...t, expectedResult } : t)) }),
  (ctx, route, payload) => showTask(ctx, route, Number(payload.task)),
);

const activityEventAnswer = textInput(
  "route-activity-event",
  LIMITS.shortText,
  (route) => route,
  async (ctx, route, payload) => {
    const event = String(ctx.message?.text ?? "").trim();
    awaitInput(ctx, "route-activity-kind", { routeId: route.id!, task: Number(payload.task), event });
    return showScreen(ctx, activityKindScreen(ctx, route.id!, Number(payload.task), event));
  },
);

const bcEventAnswer = textInput(
  "route-bc-event",
  LIMITS.shortText,
  (route) => route,
  async (ctx, route) => {
    awaitInput(ctx, "route-bc-date", { routeId: route.id!, event: String(ctx.message?.text ?? "").trim() });
    return askTyped(ctx, ctx.t("rd-ask-date", { example: formatDate(route.term?.end ?? today(ctx)) }));
  },
);

const activityDateAnswer = dateInput(
  "route-activity-date",
  (ctx, route, date, payload) => {
    const index = Number(payload.task);
    const task = route.tasks[index];
    if (!task) return ctx.t("error-stale-button");
    if (task.deadline && date > task.deadline) return issueText(ctx, { code: "activity_after_deadline", path: [], params: { deadline: task.deadline } });
    const level = z.enum(["school", "municipal", "regional", "federal"]).catch("school").parse(payload.level);
    const kind = payload.kind ? { kind: payload.kind as never } : {};
    const topic = task.deficit ? areaTopic(ctx, task.deficit.area) : task.title;
    const activity = { event: String(payload.event), topic, level, date, status: "planned" as const, evidence: [], ...kind };
    const activities = [...task.activities, activity].sort((a, b) => a.date.localeCompare(b.date));
    const resources = payload.resource ? [...task.resources, payload.resource] : task.resources;
    return { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, resources, activities } : t)) };
  },
  (ctx, route, payload) => showTask(ctx, route, Number(payload.task)),
);

const taskDeadlineAnswer = dateInput(
  "route-task-deadline",
  (_ctx, route, date, payload) => ({ ...route, tasks: route.tasks.map((t, i) => (i === Number(payload.task) ? { ...t, deadline: date } : t)) }),
  (ctx, route, payload) => showTask(ctx, route, Number(payload.task)),
);

const bcDateAnswer = dateInput(
  "route-bc-date",
  (_ctx, route, date, payload) => ({ ...route, broadcasts: [...route.broadcasts, { event: String(payload.event), topic: route.goal ?? String(payload.event), date }] }),
  async (ctx, route) => {
    const added = route.broadcasts.at(-1)!;
    await ctx.reply(ctx.t("rd-bc-added", { date: formatDate(added.date), event: added.event }));
    return showReview(ctx, route);
  },
);

const termAnswer = whenAwaiting("route-term", async (ctx, payload) => {
  const route = await awaitedRoute(ctx, payload);
  if (!route) return;
  // Any words around the two dates ("с … по …", "from … to …") are ignored.
  const parts = (ctx.message.text ?? "").split(/[\s–—]+|(?<=\d)-(?=\d)|\s-\s/).filter(Boolean);
  const dates = parts.map((p) => parseUserDate(p, today(ctx))).filter((d) => d !== undefined);
  if (dates.length !== 2) return ctx.reply(ctx.t("rd-bad-term"));
  const term = { start: dates[0]!, end: dates[1]! };
  const checked = termSchema.safeParse(term);
  if (!checked.success) {
    const code = checked.error.issues[0]?.message ?? "invalid";
    return ctx.reply(issueText(ctx, { code, path: [], params: { months: code === "term_too_long" ? 36 : 6 } }));
  }
  // A title the bot made for the old term follows the new one; a title of the teacher's own stays.
  const t = (key: string, params?: Record<string, string>) => ctx.t(key, params);
  const fullName = ctx.user.fullName ?? (await ctx.deps.store.profiles.history(ctx.user.id)).fullName;
  const wasDefault = route.term !== undefined && route.title === defaultRouteTitle(t, fullName, route.term);
  const title = wasDefault ? defaultRouteTitle(t, fullName, term) : route.title;
  await saveAnswer(ctx, { ...route, term, title }, (saved) => showReview(ctx, saved));
});

const titleAnswer = textInput("route-title", LIMITS.title, (route, title) => ({ ...route, title }), (ctx, route) => showReview(ctx, route));
const themeAnswer = textInput("route-theme", LIMITS.title, (route, theme) => ({ ...route, theme }), (ctx, route) => showReview(ctx, route));

/** Typed text while the kind or level of an own activity is asked by buttons: the buttons again. */
const kindByButton = whenAwaiting("route-activity-kind", async (ctx, payload) => {
  await ctx.reply(ctx.t("press-button"));
  const screen = payload.kind === undefined ? activityKindScreen(ctx, payload.routeId, payload.task, payload.event) : activityLevelScreen(ctx, payload.routeId, payload.task, payload.event);
  return ctx.reply(screen.text, { reply_markup: screen.keyboard });
});

/** Every typed answer of route design, each waiting for its own kind of input. */
export function handleRouteInputs(composer: Composer<BotContext>): void {
  const answers = [goalAnswer, titleAnswer, themeAnswer, taskTitleAnswer, taskResultAnswer, activityEventAnswer, kindByButton, bcEventAnswer, activityDateAnswer, taskDeadlineAnswer, bcDateAnswer, termAnswer];
  for (const answer of answers) composer.on("message", answer);
}
