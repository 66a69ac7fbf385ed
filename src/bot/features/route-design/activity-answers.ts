// The typed answers about activities: an own activity's name (its kind and level come by buttons),
// the date of a new activity (with the catalogue resource it comes from), a new date for one.
import { z } from "zod";
import { whenAwaiting } from "../../input.js";
import { issueText } from "../../text.js";
import { LIMITS } from "../../../domain/validation.js";
import { awaitInput } from "../../input.js";
import { areaTopic } from "./editing.js";
import { activityKindScreen, activityLevelScreen } from "./activity-screens.js";
import { showBroadcasts, showTask } from "./design-menu.js";
import { showScreen } from "../../views/screen.js";
import { dateInput, textInput } from "./typed-answers.js";

export const activityEventAnswer = textInput(
  "route-activity-event",
  LIMITS.shortText,
  (route) => route,
  async (ctx, route, payload) => {
    const event = String(ctx.message?.text ?? "").trim();
    awaitInput(ctx, "route-activity-kind", { routeId: route.id!, task: Number(payload.task), event });
    return showScreen(ctx, activityKindScreen(ctx, route.id!, Number(payload.task), event));
  },
);

export const activityDateAnswer = dateInput(
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

/** A new date for an activity already planned: inside the term and not after its task's deadline. */
export const moveAnswer = dateInput(
  "route-activity-move",
  (ctx, route, date, payload) => {
    const task = route.tasks[payload.task];
    if (!task?.activities[payload.position]) return ctx.t("error-stale-button");
    if (task.deadline && date > task.deadline) return issueText(ctx, { code: "activity_after_deadline", path: [], params: { deadline: task.deadline } });
    const activities = task.activities.map((a, j) => (j === payload.position ? { ...a, date } : a)).sort((a, b) => a.date.localeCompare(b.date));
    return { ...route, tasks: route.tasks.map((t, i) => (i === payload.task ? { ...t, activities } : t)) };
  },
  (ctx, route, payload) => showTask(ctx, route, payload.task),
);

/** A new date for a point of broadcasting experience not yet held: inside the term. */
export const broadcastMoveAnswer = dateInput(
  "route-bc-move",
  (ctx, route, date, payload) => {
    const point = route.broadcasts[payload.index];
    if (!point || point.doneAt) return ctx.t("rd-bc-held");
    return { ...route, broadcasts: route.broadcasts.map((b, i) => (i === payload.index ? { ...b, date } : b)) };
  },
  (ctx, route) => showBroadcasts(ctx, route),
);

/** Typed text while the kind or level of an own activity is asked by buttons: the buttons again. */
export const kindByButton = whenAwaiting("route-activity-kind", async (ctx, payload) => {
  await ctx.reply(ctx.t("press-button"));
  const screen = payload.kind === undefined ? activityKindScreen(ctx, payload.routeId, payload.task, payload.event) : activityLevelScreen(ctx, payload.routeId, payload.task, payload.event);
  return ctx.reply(screen.text, { reply_markup: screen.keyboard });
});
