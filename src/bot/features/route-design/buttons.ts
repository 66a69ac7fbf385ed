// The buttons of route design: each press reads its typed action and goes to a screen or an action.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { pressOf } from "../../callback-data/press.js";
import { routeButtons } from "../../callback-data/buttons.js";
import type { CallbackCodec, Press } from "../../callback-data/codec.js";
import type { Route } from "../../../domain/route.js";
import { refuseCallback } from "../../access.js";
import { today } from "../../clock.js";
import { askTyped, awaitInput, cancelKeyboard } from "../../input.js";
import { shorten } from "../../text.js";
import { activityHasProgress, taskHasProgress } from "../../../domain/correction.js";
import { formatDate } from "../../../domain/time.js";
import { LIMITS } from "../../../domain/validation.js";
import { createRoute, discardCorrection, finishInterruptedSubmission, submit, submitCorrection } from "./actions.js";
import { editable, save } from "./editing.js";
import { activityLevelScreen, confirmScreen, offerStart, showCatalogPage, showReview, showTask, showTasks } from "./screens.js";
import { showScreen } from "../../views/screen.js";
import { LEVELS, OWN_ACTIVITY_KINDS } from "../../../domain/vocabulary.js";

type RoutePress = Press<typeof routeButtons extends CallbackCodec<infer A> ? A : never>;
type Handler = (ctx: BotContext, route: Route, index: number, press: RoutePress) => Promise<unknown>;
/** Asks for a typed answer about the route (or one of its tasks). */
const ask =
  (kind: "route-goal" | "route-title" | "route-theme" | "route-term" | "route-bc-event" | "route-task-title" | "route-task-result" | "route-task-deadline" | "route-activity-event", question: (ctx: BotContext, route: Route) => string): Handler =>
  async (ctx, route, index) => {
    const routeId = route.id!;
    if (kind === "route-goal") awaitInput(ctx, kind, { routeId, back: 1 });
    else if (kind === "route-term" || kind === "route-bc-event" || kind === "route-title" || kind === "route-theme") awaitInput(ctx, kind, { routeId });
    else awaitInput(ctx, kind, { routeId, task: index });
    return askTyped(ctx, question(ctx, route));
  };

/** What each button of an existing route does; `index` is the task the button is about. */
const HANDLERS: Partial<Record<RoutePress["action"], Handler>> = {
  review: (ctx, route) => showReview(ctx, route),
  goal: ask("route-goal", (ctx, route) => ctx.t("rd-ask-goal-edit", { current: route.goal ?? ctx.t("route-not-set") })),
  term: ask("route-term", (ctx) => ctx.t("rd-ask-term")),
  title: ask("route-title", (ctx, route) => ctx.t("rd-ask-title", { current: route.title })),
  theme: ask("route-theme", (ctx, route) => ctx.t("rd-ask-theme", { current: route.theme ?? ctx.t("route-not-set") })),
  tasks: (ctx, route) => showTasks(ctx, route),
  // A new task is asked for as the task after the last one.
  addTask: (ctx, route, _index, press) => ask("route-task-title", (c) => c.t("rd-ask-task-title"))(ctx, route, route.tasks.length, press),
  addBroadcast: ask("route-bc-event", (ctx) => ctx.t("rd-ask-bc-event")),
  submit: (ctx, route) => (route.status === "active" ? submitCorrection(ctx, route) : submit(ctx, route)),
  discardCorrection: (ctx, route) => discardCorrection(ctx, route),
  task: (ctx, route, index) => showTask(ctx, route, index),
  taskTitle: ask("route-task-title", (ctx) => ctx.t("rd-ask-task-title")),
  taskResult: ask("route-task-result", (ctx) => ctx.t("rd-ask-task-result")),
  taskDeadline: ask("route-task-deadline", (ctx, route) => ctx.t("rd-ask-date", { example: formatDate(route.term?.end ?? today(ctx)) })),
  ownActivity: ask("route-activity-event", (ctx) => ctx.t("rd-ask-activity-event")),
  chooseActivityToRemove: chooseActivityToRemove,
  chooseResourceToRemove: chooseResourceToRemove,
  deleteTask: askDeleteTask,
  deleteTaskConfirmed: deleteTask,
  catalogPage: (ctx, route, index, press) => showCatalogPage(ctx, route, index, press.values[2] as number),
  removeActivity: (ctx, route, index, press) => {
    const activity = route.tasks[index]!.activities[press.values[2] as number];
    if (!activity) return showTask(ctx, route, index);
    const question = ctx.t("rd-confirm-remove-activity", { date: formatDate(activity.date), event: activity.event });
    return confirmScreen(ctx, question, routeButtons.pack("removeActivityConfirmed", route.id!, index, press.values[2] as number), routeButtons.pack("task", route.id!, index));
  },
  removeActivityConfirmed: (ctx, route, index, press) => removeActivity(ctx, route, index, press.values[2] as number),
  removeResource: (ctx, route, index, press) => {
    const resource = route.tasks[index]!.resources[press.values[2] as number];
    if (!resource) return showTask(ctx, route, index);
    return confirmScreen(ctx, ctx.t("rd-confirm-remove-resource", { title: resource.title }), routeButtons.pack("removeResourceConfirmed", route.id!, index, press.values[2] as number), routeButtons.pack("task", route.id!, index));
  },
  removeResourceConfirmed: (ctx, route, index, press) => removeResource(ctx, route, index, press.values[2] as number),
  pickResource: (ctx, route, index, press) => pickResource(ctx, route, index, press.values[2] as number),
  activityKind: (ctx, route, index, press) => chooseKind(ctx, route, index, press.values[2] as number),
  activityLevel: (ctx, route, index, press) => chooseLevel(ctx, route, index, press.values[2] as number),
};

export function handleRouteButtons(composer: Composer<BotContext>): void {
  composer.callbackQuery(routeButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, routeButtons);
    if (!press) return;
    if (press.action === "startNew" || press.action === "draftFromDeficits" || press.action === "buildByHand") {
      await ctx.answerCallbackQuery();
      if (press.action === "startNew") return offerStart(ctx);
      return createRoute(ctx, press.action === "draftFromDeficits" ? "auto" : "manual");
    }
    const routeId = press.values[0];
    if (press.action === "submit" && ctx.redelivered && (await finishInterruptedSubmission(ctx, routeId))) return;
    const route = await editable(ctx, routeId);
    if (!route) return;
    const taskIndex = press.values.length > 1 ? (press.values[1] as number) : undefined;
    if (taskIndex !== undefined && !route.tasks[taskIndex]) return refuseCallback(ctx);
    await ctx.answerCallbackQuery();
    await HANDLERS[press.action]?.(ctx, route, taskIndex ?? 0, press);
  });
}

async function chooseActivityToRemove(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  route.tasks[index]!.activities.forEach((a, j) => keyboard.text(shorten(`✖ ${formatDate(a.date)} ${a.event}`, 60), routeButtons.pack("removeActivity", id, index, j)).row());
  keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", id, index));
  return showScreen(ctx, { text: ctx.t("rd-choose-activity-remove"), keyboard });
}

async function chooseResourceToRemove(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  route.tasks[index]!.resources.forEach((r, j) => keyboard.text(shorten(`✖ ${r.title}`, 60), routeButtons.pack("removeResource", id, index, j)).row());
  keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", id, index));
  return showScreen(ctx, { text: ctx.t(route.tasks[index]!.resources.length ? "rd-choose-resource-remove" : "rd-no-resources"), keyboard });
}

/** A resource leaves the task; the activities planned from it stay until removed themselves. */
async function removeResource(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const next = { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, resources: t.resources.filter((_, j) => j !== position) } : t)) };
  const saved = await save(ctx, next);
  return saved ? showTask(ctx, saved, index) : undefined;
}

/** A task with work done stays in a route being carried out; any other is deleted once confirmed. */
async function askDeleteTask(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  if (route.status === "active" && taskHasProgress((await ctx.deps.store.routes.byId(route.id!))!, route.tasks[index]!)) return ctx.reply(ctx.t("rc-task-has-progress"));
  return confirmScreen(ctx, ctx.t("rd-confirm-delete-task", { title: route.tasks[index]!.title }), routeButtons.pack("deleteTaskConfirmed", route.id!, index), routeButtons.pack("task", route.id!, index));
}

/** A task with work done or evidence stays in a route being carried out. */
async function deleteTask(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  if (route.status === "active" && taskHasProgress((await ctx.deps.store.routes.byId(route.id!))!, route.tasks[index]!)) return ctx.reply(ctx.t("rc-task-has-progress"));
  const saved = await save(ctx, { ...route, tasks: route.tasks.filter((_, i) => i !== index) });
  return saved ? showTasks(ctx, saved) : undefined;
}

async function removeActivity(ctx: BotContext, route: Route, index: number, position: number): Promise<unknown> {
  const task = route.tasks[index]!;
  const activity = task.activities[position];
  if (!activity) return;
  if (route.status === "active" && activityHasProgress((await ctx.deps.store.routes.byId(route.id!))!, activity)) return ctx.reply(ctx.t("rc-activity-has-progress"));
  const next = { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, activities: t.activities.filter((_, j) => j !== position) } : t)) };
  const saved = await save(ctx, next);
  return saved ? showTask(ctx, saved, index) : undefined;
}

/** A resource from the catalogue: its activity's date is asked next, and both are written together then. */
async function pickResource(ctx: BotContext, route: Route, index: number, entryId: number): Promise<unknown> {
  const entry = await ctx.deps.store.catalog.byId(entryId);
  if (!entry) return;
  const task = route.tasks[index]!;
  if (task.resources.length >= LIMITS.resourcesPerTask) return ctx.reply(ctx.t("issue-too-many"));
  const resource = { catalogId: entry.id!, title: entry.title, kind: entry.kind, form: entry.form, level: entry.level, ...(entry.url ? { url: entry.url } : {}), ...(entry.hours !== undefined ? { hours: entry.hours } : {}) };
  awaitInput(ctx, "route-activity-date", { routeId: route.id!, task: index, event: entry.title, level: entry.level, kind: entry.kind, resource });
  return askTyped(ctx, ctx.t("rd-resource-chosen", { title: entry.title }) + "\n" + ctx.t("rd-ask-date", { example: formatDate(task.deadline ?? route.term?.end ?? today(ctx)) }));
}

/** The kind of an own activity, chosen by button while its name waits in the session. */
async function chooseKind(ctx: BotContext, route: Route, index: number, kindIndex: number): Promise<unknown> {
  const awaiting = ctx.session.awaiting;
  if (awaiting?.kind !== "route-activity-kind" || awaiting.payload.routeId !== route.id || awaiting.payload.task !== index) return ctx.reply(ctx.t("error-stale-button"));
  const kind = OWN_ACTIVITY_KINDS[kindIndex];
  awaitInput(ctx, "route-activity-kind", { ...awaiting.payload, ...(kind ? { kind } : {}) });
  return showScreen(ctx, activityLevelScreen(ctx, route.id!, index, awaiting.payload.event));
}

async function chooseLevel(ctx: BotContext, route: Route, index: number, levelIndex: number): Promise<unknown> {
  const awaiting = ctx.session.awaiting;
  const level = LEVELS[levelIndex];
  if (awaiting?.kind !== "route-activity-kind" || awaiting.payload.routeId !== route.id || awaiting.payload.task !== index || !level) return ctx.reply(ctx.t("error-stale-button"));
  const { event, kind } = awaiting.payload;
  awaitInput(ctx, "route-activity-date", { routeId: route.id!, task: index, event, level, ...(kind ? { kind } : {}) });
  const task = route.tasks[index]!;
  return showScreen(ctx, { text: ctx.t("rd-ask-date", { example: formatDate(task.deadline ?? route.term?.end ?? today(ctx)) }), keyboard: cancelKeyboard(ctx) });
}
