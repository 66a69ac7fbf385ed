// The teacher's tasks, one task and the catalogue for it as one @grammyjs/menu screen, edited in
// place: the way between them, the catalogue's pages and filters are the menu's buttons; what
// changes the route (a title typed, a resource picked, an activity removed…) goes through the
// route-design buttons, which check it. A menu button carries its place (route, screen, task,
// page); a press re-reads the route and checks the teacher may still edit it before anything runs.
import type { BotContext } from "../../context.js";
import { actorOf, routeTarget } from "../../access.js";
import { numbersOf, screenMenu, type Key, type KeyedScreen } from "../../views/menu-keys.js";
import { authorize } from "../../../domain/permissions.js";
import type { Route } from "../../../domain/route.js";
import { copyOf, editable } from "./editing.js";
import { drawBroadcasts, drawCatalog, drawTask, drawTasks, showReview } from "./screens.js";
import { narrowCatalog, type CatalogFilter } from "./catalog-filters.js";

export type DesignPlace = { screen: "tasks" } | { screen: "task"; task: number } | { screen: "catalog"; task: number; page: number } | { screen: "broadcasts" };
export type DesignTarget = DesignPlace | { filter: CatalogFilter; task: number } | "review";
export type DesignKey = Key<DesignTarget>;
export type DesignScreen = KeyedScreen<DesignTarget>;

interface DesignView {
  route: Route;
  at: DesignPlace;
}

const SCREENS = ["tasks", "task", "catalog", "broadcasts"] as const;

const design = screenMenu<DesignView, DesignTarget>("rt", {
  placeOfPress: viewOfPress,
  dataOf: placeData,
  draw: (ctx, view) => draw(ctx, view.route, view.at),
  go: (ctx, view, target) => go(ctx, view.route, target),
  outdated: showOutdated,
});
export const designMenu = design.menu;

export const showTasks = (ctx: BotContext, route: Route) => showDesign(ctx, route, { screen: "tasks" });
export const showTask = (ctx: BotContext, route: Route, task: number) => showDesign(ctx, route, { screen: "task", task });
export const showBroadcasts = (ctx: BotContext, route: Route) => showDesign(ctx, route, { screen: "broadcasts" });
export const showCatalogPage = (ctx: BotContext, route: Route, task: number, page: number) => showDesign(ctx, route, { screen: "catalog", task, page });

function showDesign(ctx: BotContext, route: Route, at: DesignPlace): Promise<void> {
  // A task removed meanwhile (by another copy of the screen): the tasks instead.
  return design.show(ctx, { route, at: "task" in at && !route.tasks[at.task] ? { screen: "tasks" } : at });
}

function draw(ctx: BotContext, route: Route, at: DesignPlace): Promise<DesignScreen> | DesignScreen {
  if (at.screen === "tasks") return drawTasks(ctx, route);
  if (at.screen === "task") return drawTask(ctx, route, at.task);
  if (at.screen === "broadcasts") return drawBroadcasts(ctx, route);
  return drawCatalog(ctx, route, at.task, at.page);
}

async function go(ctx: BotContext, route: Route, target: DesignTarget): Promise<void> {
  if (target === "review") return showReview(ctx, route);
  if ("filter" in target) return narrowCatalog(ctx, route, target.task, target.filter);
  return showDesign(ctx, route, target);
}

/** A press on a screen that changed meanwhile: the same place as it is now, if the route may still be edited. */
async function showOutdated(ctx: BotContext): Promise<void> {
  const [routeId, screen, task] = numbersOf(ctx.match, 4) ?? [];
  // editable() says why when the route may not be edited (and answers the press then).
  const route = routeId ? await editable(ctx, routeId) : undefined;
  if (!route) return routeId ? undefined : void (await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") }));
  await ctx.answerCallbackQuery({ text: ctx.t("home-outdated") });
  if (SCREENS[screen!] === "broadcasts") return showBroadcasts(ctx, route);
  await (screen !== 0 && route.tasks[task!] ? showTask(ctx, route, task!) : showTasks(ctx, route));
}

/** The route of a pressed button, as the teacher edits it now (a route being carried out: its working copy). */
async function viewOfPress(ctx: BotContext): Promise<DesignView | undefined> {
  const [routeId, screen, task, page] = numbersOf(ctx.match, 4) ?? [];
  const name = SCREENS[screen ?? -1];
  const stored = routeId ? await ctx.deps.store.routes.byId(routeId) : undefined;
  if (!stored || !name || !authorize(await actorOf(ctx), "route.edit", await routeTarget(ctx, stored)).allowed) return undefined;
  const route = stored.status === "draft" ? stored : stored.status === "active" ? await copyOf(ctx, stored) : undefined;
  if (!route) return undefined;
  if (name === "tasks" || name === "broadcasts") return { route, at: { screen: name } };
  if (!route.tasks[task!]) return undefined;
  return { route, at: name === "task" ? { screen: name, task: task! } : { screen: name, task: task!, page: page! } };
}

/** "route.screen.task.page". */
function placeData(view: DesignView): string {
  const at = view.at;
  return [view.route.id!, SCREENS.indexOf(at.screen), "task" in at ? at.task : 0, at.screen === "catalog" ? at.page : 0].join(".");
}
