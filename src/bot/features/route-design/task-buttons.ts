// The buttons about one task of the route: removing and moving its activities and resources,
// deleting it (after asking), a resource picked from the catalogue, an own activity's kind and level.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { routeButtons } from "../../callback-data/buttons.js";
import type { Route } from "../../../domain/route.js";
import { today } from "../../clock.js";
import { askInPlace, awaitInput, cancelKeyboard } from "../../input.js";
import { shorten } from "../../text.js";
import { activityHasProgress, taskHasProgress } from "../../../domain/correction.js";
import { formatDate } from "../../../domain/time.js";
import { LIMITS } from "../../../domain/validation.js";
import { save } from "./editing.js";
import { activityLevelScreen } from "./activity-screens.js";
import { showTask, showTasks } from "./design-menu.js";
import { confirmScreen, showScreen } from "../../views/screen.js";
import { LEVELS, OWN_ACTIVITY_KINDS } from "../../../domain/vocabulary.js";

export async function chooseActivityToRemove(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  route.tasks[index]!.activities.forEach((a, j) => keyboard.text(shorten(`✖ ${formatDate(a.date)} ${a.event}`, 60), routeButtons.pack("removeActivity", id, index, j)).row());
  keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", id, index));
  return showScreen(ctx, { text: ctx.t("rd-choose-activity-remove"), keyboard });
}

export async function chooseActivityToMove(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  route.tasks[index]!.activities.forEach((a, j) => {
    if (a.status === "planned") keyboard.text(shorten(`📅 ${formatDate(a.date)} ${a.event}`, 60), routeButtons.pack("moveActivity", id, index, j)).row();
  });
  keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", id, index));
  return showScreen(ctx, { text: ctx.t("rd-choose-activity-move"), keyboard });
}

export async function chooseResourceToRemove(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  route.tasks[index]!.resources.forEach((r, j) => keyboard.text(shorten(`✖ ${r.title}`, 60), routeButtons.pack("removeResource", id, index, j)).row());
  keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", id, index));
  return showScreen(ctx, { text: ctx.t(route.tasks[index]!.resources.length ? "rd-choose-resource-remove" : "rd-no-resources"), keyboard });
}

/** A resource leaves the task; the activities planned from it stay until removed themselves. */
export async function removeResource(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const next = { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, resources: t.resources.filter((_, j) => j !== position) } : t)) };
  const saved = await save(ctx, next);
  return saved ? showTask(ctx, saved, index) : undefined;
}

/** A task with work done stays in a route being carried out; any other is deleted once confirmed. */
export async function askDeleteTask(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  if (route.status === "active" && taskHasProgress((await ctx.deps.store.routes.byId(route.id!))!, route.tasks[index]!)) return ctx.reply(ctx.t("rc-task-has-progress"));
  return confirmScreen(ctx, ctx.t("rd-confirm-delete-task", { title: route.tasks[index]!.title }), routeButtons.pack("deleteTaskConfirmed", route.id!, index), routeButtons.pack("task", route.id!, index));
}

/** A task with work done or evidence stays in a route being carried out. */
export async function deleteTask(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  if (route.status === "active" && taskHasProgress((await ctx.deps.store.routes.byId(route.id!))!, route.tasks[index]!)) return ctx.reply(ctx.t("rc-task-has-progress"));
  const saved = await save(ctx, { ...route, tasks: route.tasks.filter((_, i) => i !== index) });
  return saved ? showTasks(ctx, saved) : undefined;
}

export async function removeActivity(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const task = route.tasks[index]!;
  const activity = task.activities[position];
  if (!activity) return;
  if (route.status === "active" && activityHasProgress((await ctx.deps.store.routes.byId(route.id!))!, activity)) return ctx.reply(ctx.t("rc-activity-has-progress"));
  const next = { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, activities: t.activities.filter((_, j) => j !== position) } : t)) };
  const saved = await save(ctx, next);
  return saved ? showTask(ctx, saved, index) : undefined;
}

/** A resource from the catalogue: its activity's date is asked next, and both are written together then. */
export async function pickResource(ctx: BotContext, route: Route, index: number, entryId: number): Promise<unknown> {
  const entry = await ctx.deps.store.catalog.byId(entryId);
  if (!entry) return;
  const task = route.tasks[index]!;
  if (task.resources.length >= LIMITS.resourcesPerTask) return ctx.reply(ctx.t("issue-too-many"));
  const resource = { catalogId: entry.id!, title: entry.title, kind: entry.kind, form: entry.form, level: entry.level, ...(entry.url ? { url: entry.url } : {}), ...(entry.hours !== undefined ? { hours: entry.hours } : {}) };
  awaitInput(ctx, "route-activity-date", { routeId: route.id!, task: index, event: entry.title, level: entry.level, kind: entry.kind, resource });
  return askInPlace(ctx, ctx.t("rd-resource-chosen", { title: entry.title }) + "\n" + ctx.t("rd-ask-date", { example: formatDate(task.deadline ?? route.term?.end ?? today(ctx)) }));
}

/** The kind of an own activity, chosen by button while its name waits in the session. */
export async function chooseKind(ctx: BotContext, route: Route, index: number, kindIndex: number): Promise<unknown> {
  const awaiting = ctx.session.awaiting;
  if (awaiting?.kind !== "route-activity-kind" || awaiting.payload.routeId !== route.id || awaiting.payload.task !== index) return ctx.reply(ctx.t("error-stale-button"));
  const kind = OWN_ACTIVITY_KINDS[kindIndex];
  awaitInput(ctx, "route-activity-kind", { ...awaiting.payload, ...(kind ? { kind } : {}) });
  return showScreen(ctx, activityLevelScreen(ctx, route.id!, index, awaiting.payload.event));
}

export async function chooseLevel(ctx: BotContext, route: Route, index: number, levelIndex: number): Promise<unknown> {
  const awaiting = ctx.session.awaiting;
  const level = LEVELS[levelIndex];
  if (awaiting?.kind !== "route-activity-kind" || awaiting.payload.routeId !== route.id || awaiting.payload.task !== index || !level) return ctx.reply(ctx.t("error-stale-button"));
  const { event, kind } = awaiting.payload;
  awaitInput(ctx, "route-activity-date", { routeId: route.id!, task: index, event, level, ...(kind ? { kind } : {}) });
  const task = route.tasks[index]!;
  return showScreen(ctx, { text: ctx.t("rd-ask-date", { example: formatDate(task.deadline ?? route.term?.end ?? today(ctx)) }), keyboard: cancelKeyboard(ctx) });
}

export async function askMove(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const activity = route.tasks[index]!.activities[position];
  if (!activity) return showTask(ctx, route, index);
  awaitInput(ctx, "route-activity-move", { routeId: route.id!, task: index, position });
  return askInPlace(ctx, ctx.t("rd-ask-move", { event: activity.event, date: formatDate(activity.date) }));
}

export async function askRemoveActivity(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const activity = route.tasks[index]!.activities[position];
  if (!activity) return showTask(ctx, route, index);
  const question = ctx.t("rd-confirm-remove-activity", { date: formatDate(activity.date), event: activity.event });
  return confirmScreen(ctx, question, routeButtons.pack("removeActivityConfirmed", route.id!, index, position), routeButtons.pack("task", route.id!, index));
}

export async function askRemoveResource(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const resource = route.tasks[index]!.resources[position];
  if (!resource) return showTask(ctx, route, index);
  return confirmScreen(ctx, ctx.t("rd-confirm-remove-resource", { title: resource.title }), routeButtons.pack("removeResourceConfirmed", route.id!, index, position), routeButtons.pack("task", route.id!, index));
}
