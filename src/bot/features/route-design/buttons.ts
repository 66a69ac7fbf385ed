// The buttons of route design: each press reads its typed action and goes to a screen or an action.
import type { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { pressOf } from "../../callback-data/press.js";
import { routeButtons } from "../../callback-data/buttons.js";
import type { CallbackCodec, Press } from "../../callback-data/codec.js";
import type { Route } from "../../../domain/route.js";
import { refuseCallback } from "../../access.js";
import { today } from "../../clock.js";
import { askInPlace, awaitInput } from "../../input.js";
import { formatDate } from "../../../domain/time.js";
import { createRoute, discardCorrection, finishInterruptedSubmission, submit, submitCorrection } from "./actions.js";
import { editable } from "./editing.js";
import { offerStart, showReview } from "./screens.js";
import { showBroadcasts, showCatalogPage, showTask, showTasks } from "./design-menu.js";
import { askBroadcastDate, askBroadcastEvent, askRemoveBroadcast, removeBroadcast } from "./broadcast-buttons.js";
import { narrowCatalog, type CatalogFilter } from "./catalog-filters.js";
import { askDeleteTask, askMove, askRemoveActivity, askRemoveResource, chooseActivityToMove, chooseActivityToRemove, chooseKind, chooseLevel, chooseResourceToRemove, deleteTask, pickResource, removeActivity, removeResource } from "./task-buttons.js";

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
    return askInPlace(ctx, question(ctx, route));
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
  chooseActivityToMove: chooseActivityToMove,
  moveActivity: (ctx, route, index, press) => askMove(ctx, route, index, press.values[2] as number),
  deleteTask: askDeleteTask,
  deleteTaskConfirmed: deleteTask,
  catalogPage: (ctx, route, index, press) => showCatalogPage(ctx, route, index, press.values[2] as number),
  catalogSearch: (ctx, route, index) => {
    awaitInput(ctx, "route-catalog-search", { routeId: route.id!, task: index });
    return askInPlace(ctx, ctx.t("rd-catalog-ask-words"));
  },
  catalogFilter: (ctx, route, index, press) => narrowCatalog(ctx, route, index, press.values[2] as CatalogFilter),
  removeActivity: (ctx, route, index, press) => askRemoveActivity(ctx, route, index, press.values[2] as number),
  removeActivityConfirmed: (ctx, route, index, press) => removeActivity(ctx, route, index, press.values[2] as number),
  removeResource: (ctx, route, index, press) => askRemoveResource(ctx, route, index, press.values[2] as number),
  removeResourceConfirmed: (ctx, route, index, press) => removeResource(ctx, route, index, press.values[2] as number),
  pickResource: (ctx, route, index, press) => pickResource(ctx, route, index, press.values[2] as number),
  activityKind: (ctx, route, index, press) => chooseKind(ctx, route, index, press.values[2] as number),
  activityLevel: (ctx, route, index, press) => chooseLevel(ctx, route, index, press.values[2] as number),
  broadcasts: (ctx, route) => showBroadcasts(ctx, route),
  moveBroadcast: (ctx, route, index) => askBroadcastDate(ctx, route, index),
  editBroadcast: (ctx, route, index) => askBroadcastEvent(ctx, route, index),
  removeBroadcast: (ctx, route, index) => askRemoveBroadcast(ctx, route, index),
  removeBroadcastConfirmed: (ctx, route, index) => removeBroadcast(ctx, route, index),
};

/** The buttons whose second value is a point of broadcasting experience, not a task. */
const ABOUT_BROADCASTS: readonly RoutePress["action"][] = ["moveBroadcast", "editBroadcast", "removeBroadcast", "removeBroadcastConfirmed"];

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
    const items: readonly unknown[] = ABOUT_BROADCASTS.includes(press.action) ? route.broadcasts : route.tasks;
    if (taskIndex !== undefined && !items[taskIndex]) return refuseCallback(ctx);
    await ctx.answerCallbackQuery();
    await HANDLERS[press.action]?.(ctx, route, taskIndex ?? 0, press);
  });
}
