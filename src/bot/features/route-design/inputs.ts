// The typed answers of route design: goal, term, task texts, dates of activities and of
// broadcasting experience; each checked, saved, and followed by the next step.
import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { today } from "../../clock.js";
import { askInPlace, awaitInput, whenAwaiting } from "../../input.js";
import { issueText } from "../../text.js";
import { formatDate, parseUserDate } from "../../../domain/time.js";
import { LIMITS, termSchema } from "../../../domain/validation.js";
import { awaitedRoute, saveAnswer } from "./editing.js";
import { dateInput, textInput } from "./typed-answers.js";
import { catalogSearchAnswer } from "./catalog-filters.js";
import { activityDateAnswer, activityEventAnswer, broadcastMoveAnswer, kindByButton, moveAnswer } from "./activity-answers.js";
import { showReview } from "./screens.js";
import { showBroadcasts, showTask } from "./design-menu.js";
import { defaultRouteTitle } from "../../views/route.js";

const goalAnswer = textInput(
  "route-goal",
  LIMITS.longText,
  (route, goal) => ({ ...route, goal }),
  async (ctx, route, payload) => {
    if (payload.back || route.tasks.length) return showReview(ctx, route);
    awaitInput(ctx, "route-task-title", { routeId: route.id!, task: 0 });
    return askInPlace(ctx, ctx.t("rd-ask-task-title"));
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
      return askInPlace(ctx, ctx.t("rd-ask-task-result"));
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

const bcEventAnswer = textInput(
  "route-bc-event",
  LIMITS.shortText,
  (route) => route,
  async (ctx, route) => {
    awaitInput(ctx, "route-bc-date", { routeId: route.id!, event: String(ctx.message?.text ?? "").trim() });
    return askInPlace(ctx, ctx.t("rd-ask-date", { example: formatDate(route.term?.end ?? today(ctx)) }));
  },
);

const bcRenameAnswer = textInput(
  "route-bc-rename",
  LIMITS.shortText,
  (route, event, payload) => {
    const point = route.broadcasts[payload.index];
    if (!point || point.doneAt) return route;
    return { ...route, broadcasts: route.broadcasts.map((b, i) => (i === payload.index ? { ...b, event } : b)) };
  },
  async (ctx, route, payload) => {
    awaitInput(ctx, "route-bc-product", { routeId: route.id!, index: payload.index });
    return askInPlace(ctx, ctx.t("rd-ask-bc-product", { event: route.broadcasts[payload.index]?.event ?? "" }));
  },
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
    // 002 §4.1: a point of sharing experience names the product it presents.
    awaitInput(ctx, "route-bc-product", { routeId: route.id!, index: route.broadcasts.length - 1 });
    return askInPlace(ctx, ctx.t("rd-ask-bc-product", { event: added.event }));
  },
);

const bcProductAnswer = textInput(
  "route-bc-product",
  LIMITS.shortText,
  (route, product, payload) => (product === "-" ? route : { ...route, broadcasts: route.broadcasts.map((b, i) => (i === payload.index ? { ...b, product } : b)) }),
  (ctx, route) => showBroadcasts(ctx, route),
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

/** Every typed answer of route design, each waiting for its own kind of input. */
export function handleRouteInputs(composer: Composer<BotContext>): void {
  const answers = [goalAnswer, titleAnswer, themeAnswer, taskTitleAnswer, taskResultAnswer, activityEventAnswer, kindByButton, bcEventAnswer, activityDateAnswer, moveAnswer];
  answers.push(taskDeadlineAnswer, bcDateAnswer, bcProductAnswer, bcRenameAnswer, broadcastMoveAnswer, termAnswer, catalogSearchAnswer);
  for (const answer of answers) composer.on("message", answer);
}
