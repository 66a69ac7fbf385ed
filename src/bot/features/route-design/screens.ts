// The screens of route design: the review (or the correction being prepared), the tasks, one
// task, the catalogue page by page, and what /route shows depending on where the route is.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { showLiving } from "../../views/living.js";
import { showRouteCard } from "../../views/card-menu.js";
import { livingButtons, routeButtons } from "../../callback-data/buttons.js";
import { today } from "../../clock.js";
import { shorten } from "../../text.js";
import { taskText } from "../../views/route.js";
import { changeLines } from "../../notifications/approvers.js";
import { planChanges, planOf } from "../../../domain/correction.js";
import { type Route } from "../../../domain/route.js";
import { filterCatalog, searchCatalog, type CatalogEntry } from "../../../domain/catalog.js";
import type { CatalogQuery } from "../../context.js";
import type { EducationForm, Level } from "../../../domain/vocabulary.js";
import { LIMITS } from "../../../domain/validation.js";
import { formatDate } from "../../../domain/time.js";
import { showScreen } from "../../views/screen.js";
import { pagerKeys } from "../../views/menu-keys.js";
import type { DesignKey, DesignScreen, DesignTarget } from "./design-menu.js";
import type { CatalogFilter } from "./catalog-filters.js";
import { pageWindow } from "../../../domain/work.js";
import { teacherSchool } from "./editing.js";

const PAGE = 5;
const CHANGES_ON_SCREEN = 10;

/** The draft (or returned route) as the teacher's card with its parts to edit; an active route's correction. */
export async function showReview(ctx: BotContext, route: Route, lead?: string): Promise<void> {
  if (route.status === "active") return showCorrection(ctx, route);
  await showRouteCard(ctx, route, { lead });
}

/** The parts of the route the teacher can edit, two to a row. */
function partButtons(ctx: BotContext, route: Route): InlineKeyboard {
  const id = route.id!;
  return new InlineKeyboard()
    .text(ctx.t("rd-goal"), routeButtons.pack("goal", id))
    .text(ctx.t("rd-term"), routeButtons.pack("term", id))
    .row()
    .text(ctx.t("rd-tasks", { count: route.tasks.length }), routeButtons.pack("tasks", id))
    .text(ctx.t("rd-broadcasts", { count: route.broadcasts.length }), routeButtons.pack("broadcasts", id))
    .row();
}

/** The working copy of an active route's plan: what changes, and the way to the approver. */
export async function showCorrection(ctx: BotContext, copy: Route): Promise<void> {
  const id = copy.id!;
  const live = (await ctx.deps.store.routes.byId(id))!;
  const correction = await ctx.deps.store.routes.openCorrection(id);
  const changes = planChanges(planOf(live), planOf(copy));
  const keyboard = partButtons(ctx, copy);
  if (changes.length) keyboard.text(ctx.t("rc-submit"), routeButtons.pack("submit", id)).row().text(ctx.t("rc-discard"), routeButtons.pack("discardCorrection", id)).row();
  keyboard.text(ctx.t("lv-open"), livingButtons.pack("open", id));
  const t = (key: string, params?: Record<string, string | number>) => ctx.t(key, params);
  const head = [ctx.t("rc-editing")];
  if (correction?.status === "returned" && correction.comment) head.push(ctx.t("rc-returned-comment", { comment: shorten(correction.comment, 300) }));
  // The changes in short (the plan itself is under Tasks), so that the screen stays one screen.
  const shown = changes.slice(0, CHANGES_ON_SCREEN);
  const more = changes.length > shown.length ? `\n${ctx.t("rc-more-changes", { count: changes.length - shown.length })}` : "";
  head.push(changes.length ? `${ctx.t("rc-changes", { count: changes.length })}\n${changeLines(t, shown)}${more}` : ctx.t("rc-no-changes"));
  head.push([ctx.t("route-header", { title: shorten(copy.title, 120), status: ctx.t(`status-${live.status}`) }), ctx.t("route-goal", { goal: shorten(copy.goal ?? "", 200) })].join("\n"));
  await showScreen(ctx, { text: head.join("\n\n"), keyboard });
}

/** The tasks, each opening its screen; a new one; back to the route. */
export function drawTasks(ctx: BotContext, route: Route): DesignScreen {
  const keys: DesignKey[][] = route.tasks.map((task, index) => [{ label: shorten(`${index + 1}. ${task.title}`), open: { screen: "task", task: index } }]);
  if (route.tasks.length < LIMITS.tasks) keys.push([{ label: ctx.t("rd-add-task"), data: routeButtons.pack("addTask", route.id!) }]);
  keys.push([{ label: ctx.t("rd-to-review"), open: "review" }]);
  return { text: route.tasks.length ? ctx.t("rd-tasks-choose") : ctx.t("route-no-tasks"), keys };
}

/** One task: its parts to edit, its activities and resources to add, move or remove, the catalogue. */
export function drawTask(ctx: BotContext, route: Route, index: number): DesignScreen {
  const id = route.id!;
  const key = (label: string, data: string): DesignKey => ({ label: ctx.t(label), data });
  const keys: DesignKey[][] = [
    [key("rd-task-title", routeButtons.pack("taskTitle", id, index)), key("rd-task-result", routeButtons.pack("taskResult", id, index))],
    [key("rd-task-deadline", routeButtons.pack("taskDeadline", id, index)), { label: ctx.t("rd-task-catalog"), open: { screen: "catalog", task: index, page: 0 } }],
    [key("rd-task-own", routeButtons.pack("ownActivity", id, index)), key("rd-task-remove-activity", routeButtons.pack("chooseActivityToRemove", id, index))],
    [key("rd-task-move-activity", routeButtons.pack("chooseActivityToMove", id, index)), key("rd-task-remove-resource", routeButtons.pack("chooseResourceToRemove", id, index))],
    [key("rd-task-delete", routeButtons.pack("deleteTask", id, index)), { label: ctx.t("rd-to-review"), open: "review" }],
  ];
  return { text: taskText(ctx, route, index, today(ctx)), keys };
}

/** The points of broadcasting experience: each with a new date or removed (not one already held); a new one; back. */
export function drawBroadcasts(ctx: BotContext, route: Route): DesignScreen {
  const id = route.id!;
  const lines = route.broadcasts.map((b, i) => ctx.t("rd-bc-line", { n: i + 1, date: formatDate(b.date), event: b.event, product: b.product ?? "", withProduct: b.product ? "yes" : "no", held: b.doneAt ? "yes" : "no" }));
  const keys: DesignKey[][] = route.broadcasts.map((b, i) =>
    b.doneAt
      ? []
      : [
          { label: ctx.t("rd-bc-edit", { n: i + 1 }), data: routeButtons.pack("editBroadcast", id, i) },
          { label: ctx.t("rd-bc-move", { n: i + 1 }), data: routeButtons.pack("moveBroadcast", id, i) },
          { label: ctx.t("rd-bc-remove", { n: i + 1 }), data: routeButtons.pack("removeBroadcast", id, i) },
        ],
  );
  keys.push([{ label: ctx.t("rd-broadcast"), data: routeButtons.pack("addBroadcast", id) }], [{ label: ctx.t("rd-to-review"), open: "review" }]);
  const text = [ctx.t("rd-bc-title"), "", ...(lines.length ? [...lines, "", ctx.t("rd-bc-hint")] : [ctx.t("rd-bc-none")])].join("\n");
  return { text, keys: keys.filter((row) => row.length > 0) };
}

/** The catalogue entries for a task as the teacher narrowed them (her task's area unless she widened it). */
export function catalogFor(all: CatalogEntry[], task: Route["tasks"][number], query: CatalogQuery | undefined): CatalogEntry[] {
  const area = query?.allAreas || !task.deficit ? undefined : task.deficit.area;
  const filtered = filterCatalog(all, { ...(area ? { area } : {}), ...(query?.form ? { form: query.form as EducationForm } : {}), ...(query?.level ? { level: query.level as Level } : {}) });
  return query?.words ? searchCatalog(filtered, query.words) : filtered;
}

/** The catalogue for a task, page by page in place: numbered entries with kind, form, level and hours; search and filters. */
export async function drawCatalog(ctx: BotContext, route: Route, index: number, page: number): Promise<DesignScreen> {
  const task = route.tasks[index]!;
  const stored = ctx.session.catalogQuery;
  const query = stored && stored.routeId === route.id && stored.task === index ? stored : undefined;
  const entries = catalogFor(await ctx.deps.store.catalog.all(), task, query);
  const window = pageWindow(entries.length, page, PAGE);
  const shown = entries.slice(window.skip, window.skip + window.take);
  const keys: DesignKey[][] = [
    shown.map((entry, i) => ({ label: String(window.skip + i + 1), data: routeButtons.pack("pickResource", route.id!, index, entry.id!) })),
    pagerKeys<DesignTarget>(ctx, window, (p) => ({ screen: "catalog", task: index, page: p })),
    ...filterKeys(ctx, route.id!, index, query),
    [{ label: ctx.t("rd-back-to-task"), open: { screen: "task", task: index } }],
  ];
  const lines = shown.map((entry, i) =>
    ctx.t("rd-catalog-entry", { n: window.skip + i + 1, title: shorten(entry.title, 120), kind: ctx.t(`kind-${entry.kind}`), form: ctx.t(`form-${entry.form}`), level: ctx.t(`level-${entry.level}`), hours: entry.hours ?? 0 }),
  );
  const head = [ctx.t("rd-catalog-page", { page: window.page + 1, pages: window.pages, count: entries.length }), ...(query?.words ? [ctx.t("rd-catalog-words", { words: query.words })] : [])];
  return { text: [...head, "", ...(lines.length ? lines : [ctx.t("rd-catalog-nothing")])].join("\n"), keys: keys.filter((row) => row.length > 0) };
}

/** Search asks for words (typed); the filters redraw the catalogue in place, each press the next value. */
function filterKeys(ctx: BotContext, routeId: number, index: number, query: CatalogQuery | undefined): DesignKey[][] {
  const form = query?.form ? ctx.t(`form-${query.form}`) : ctx.t("rd-catalog-any");
  const level = query?.level ? ctx.t(`level-${query.level}`) : ctx.t("rd-catalog-any");
  const filter = (label: string, by: CatalogFilter): DesignKey => ({ label, open: { filter: by, task: index } });
  return [
    [{ label: ctx.t("rd-catalog-search"), data: routeButtons.pack("catalogSearch", routeId, index) }, filter(ctx.t(query?.allAreas ? "rd-catalog-areas-all" : "rd-catalog-areas-task"), "areas")],
    [filter(ctx.t("rd-catalog-form", { form }), "form"), filter(ctx.t("rd-catalog-level", { level }), "level")],
    query && (query.words || query.form || query.level || query.allAreas) ? [filter(ctx.t("rd-catalog-clear"), "clear")] : [],
  ];
}

/** What /route shows depends on where the route is. */
export async function showCurrent(ctx: BotContext, route: Route): Promise<void> {
  if (route.status === "draft") return showReview(ctx, route);
  if (route.status === "returned") {
    const lastReturn = await ctx.deps.store.routes.lastReturn(route.id!);
    const keyboard = new InlineKeyboard().text(ctx.t("rd-fix"), routeButtons.pack("review", route.id!));
    return void (await ctx.reply(ctx.t("route-returned", { comment: lastReturn?.comment ?? "" }), { reply_markup: keyboard }));
  }
  return showLiving(ctx, route);
}

export async function offerStart(ctx: BotContext): Promise<void> {
  if ((await teacherSchool(ctx)) === undefined) return void (await ctx.reply(ctx.t("rd-not-teacher")));
  const keyboard = new InlineKeyboard().text(ctx.t("rd-auto"), routeButtons.pack("draftFromDeficits")).row().text(ctx.t("rd-manual"), routeButtons.pack("buildByHand"));
  await showScreen(ctx, { text: ctx.t("rd-start"), keyboard });
}
