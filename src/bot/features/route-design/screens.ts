// The screens of route design: the review (or the correction being prepared), the tasks, one
// task, the catalogue page by page, and what /route shows depending on where the route is.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { showLiving } from "../../views/living.js";
import { showRouteCard } from "../../views/card-menu.js";
import { inputButtons, livingButtons, routeButtons } from "../../callback-data/buttons.js";
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
import { LEVELS, OWN_ACTIVITY_KINDS } from "../../../domain/vocabulary.js";
import { showScreen, type Screen } from "../../views/screen.js";
import { pager } from "../../views/worklists.js";
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
    .text(ctx.t("rd-broadcast"), routeButtons.pack("addBroadcast", id))
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
  // The changes in short (the plan itself is under «Задачи»), so that the screen stays one screen.
  const shown = changes.slice(0, CHANGES_ON_SCREEN);
  const more = changes.length > shown.length ? `\n${ctx.t("rc-more-changes", { count: changes.length - shown.length })}` : "";
  head.push(changes.length ? `${ctx.t("rc-changes", { count: changes.length })}\n${changeLines(t, shown)}${more}` : ctx.t("rc-no-changes"));
  head.push([ctx.t("route-header", { title: shorten(copy.title, 120), status: ctx.t(`status-${live.status}`) }), ctx.t("route-goal", { goal: shorten(copy.goal ?? "", 200) })].join("\n"));
  await showScreen(ctx, { text: head.join("\n\n"), keyboard });
}

export async function showTasks(ctx: BotContext, route: Route): Promise<void> {
  const keyboard = new InlineKeyboard();
  route.tasks.forEach((task, index) => keyboard.text(shorten(`${index + 1}. ${task.title}`), routeButtons.pack("task", route.id!, index)).row());
  if (route.tasks.length < LIMITS.tasks) keyboard.text(ctx.t("rd-add-task"), routeButtons.pack("addTask", route.id!)).row();
  keyboard.text(ctx.t("rd-to-review"), routeButtons.pack("review", route.id!));
  await showScreen(ctx, { text: route.tasks.length ? ctx.t("rd-tasks-choose") : ctx.t("route-no-tasks"), keyboard });
}

export async function showTask(ctx: BotContext, route: Route, index: number): Promise<void> {
  const id = route.id!;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("rd-task-title"), routeButtons.pack("taskTitle", id, index))
    .text(ctx.t("rd-task-result"), routeButtons.pack("taskResult", id, index))
    .row()
    .text(ctx.t("rd-task-deadline"), routeButtons.pack("taskDeadline", id, index))
    .text(ctx.t("rd-task-catalog"), routeButtons.pack("catalogPage", id, index, 0))
    .row()
    .text(ctx.t("rd-task-own"), routeButtons.pack("ownActivity", id, index))
    .text(ctx.t("rd-task-remove-activity"), routeButtons.pack("chooseActivityToRemove", id, index))
    .row()
    .text(ctx.t("rd-task-move-activity"), routeButtons.pack("chooseActivityToMove", id, index))
    .text(ctx.t("rd-task-remove-resource"), routeButtons.pack("chooseResourceToRemove", id, index))
    .row()
    .text(ctx.t("rd-task-delete"), routeButtons.pack("deleteTask", id, index))
    .text(ctx.t("rd-to-review"), routeButtons.pack("review", id));
  await showScreen(ctx, { text: taskText(ctx, route, index, today(ctx)), keyboard });
}

/** The catalogue entries for a task as the teacher narrowed them (her task's area unless she widened it). */
export function catalogFor(all: CatalogEntry[], task: Route["tasks"][number], query: CatalogQuery | undefined): CatalogEntry[] {
  const area = query?.allAreas || !task.deficit ? undefined : task.deficit.area;
  const filtered = filterCatalog(all, { ...(area ? { area } : {}), ...(query?.form ? { form: query.form as EducationForm } : {}), ...(query?.level ? { level: query.level as Level } : {}) });
  return query?.words ? searchCatalog(filtered, query.words) : filtered;
}

/** The catalogue for a task, page by page in place: numbered entries with kind, form, level and hours; search and filters. */
export async function showCatalogPage(ctx: BotContext, route: Route, index: number, page: number): Promise<void> {
  const task = route.tasks[index]!;
  const stored = ctx.session.catalogQuery;
  const query = stored && stored.routeId === route.id && stored.task === index ? stored : undefined;
  const entries = catalogFor(await ctx.deps.store.catalog.all(), task, query);
  const window = pageWindow(entries.length, page, PAGE);
  const shown = entries.slice(window.skip, window.skip + window.take);
  const keyboard = new InlineKeyboard();
  shown.forEach((entry, i) => keyboard.text(String(window.skip + i + 1), routeButtons.pack("pickResource", route.id!, index, entry.id!)));
  keyboard.row();
  pager(ctx, keyboard, window, (p) => routeButtons.pack("catalogPage", route.id!, index, p));
  filterButtons(ctx, keyboard, route.id!, index, query);
  keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", route.id!, index));
  const lines = shown.map((entry, i) =>
    ctx.t("rd-catalog-entry", { n: window.skip + i + 1, title: shorten(entry.title, 120), kind: ctx.t(`kind-${entry.kind}`), form: ctx.t(`form-${entry.form}`), level: ctx.t(`level-${entry.level}`), hours: entry.hours ?? 0 }),
  );
  const head = [ctx.t("rd-catalog-page", { page: window.page + 1, pages: window.pages, count: entries.length }), ...(query?.words ? [ctx.t("rd-catalog-words", { words: query.words })] : [])];
  await showScreen(ctx, { text: [...head, "", ...(lines.length ? lines : [ctx.t("rd-catalog-nothing")])].join("\n"), keyboard });
}

function filterButtons(ctx: BotContext, keyboard: InlineKeyboard, routeId: number, index: number, query: CatalogQuery | undefined): void {
  const form = query?.form ? ctx.t(`form-${query.form}`) : ctx.t("rd-catalog-any");
  const level = query?.level ? ctx.t(`level-${query.level}`) : ctx.t("rd-catalog-any");
  keyboard.text(ctx.t("rd-catalog-search"), routeButtons.pack("catalogSearch", routeId, index)).text(ctx.t(query?.allAreas ? "rd-catalog-areas-all" : "rd-catalog-areas-task"), routeButtons.pack("catalogFilter", routeId, index, "areas")).row();
  keyboard.text(ctx.t("rd-catalog-form", { form }), routeButtons.pack("catalogFilter", routeId, index, "form")).text(ctx.t("rd-catalog-level", { level }), routeButtons.pack("catalogFilter", routeId, index, "level")).row();
  if (query && (query.words || query.form || query.level || query.allAreas)) keyboard.text(ctx.t("rd-catalog-clear"), routeButtons.pack("catalogFilter", routeId, index, "clear")).row();
}

/** An irreversible change asks first: what will go, and «Да» or «Отмена». */
export async function confirmScreen(ctx: BotContext, question: string, yes: string, back: string): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("confirm-yes"), yes).row().text(ctx.t("confirm-cancel"), back);
  await showScreen(ctx, { text: question, keyboard });
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

/** An own activity: what kind it is (a course asks for the interview on correcting the route when done). */
export function activityKindScreen(ctx: BotContext, routeId: number, task: number, event: string): Screen {
  const keyboard = new InlineKeyboard();
  OWN_ACTIVITY_KINDS.forEach((kind, i) => {
    keyboard.text(ctx.t(`kind-${kind}`), routeButtons.pack("activityKind", routeId, task, i));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t("rd-kind-other"), routeButtons.pack("activityKind", routeId, task, OWN_ACTIVITY_KINDS.length));
  keyboard.row().text(ctx.t("input-cancel"), inputButtons.pack("cancel"));
  return { text: ctx.t("rd-ask-kind", { event: shorten(event, 200) }), keyboard };
}

/** An own activity: at what level it takes place (002 §4.1: school, municipal, regional, federal). */
export function activityLevelScreen(ctx: BotContext, routeId: number, task: number, event: string): Screen {
  const keyboard = new InlineKeyboard();
  LEVELS.forEach((level, i) => {
    keyboard.text(ctx.t(`level-${level}`), routeButtons.pack("activityLevel", routeId, task, i));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t("input-cancel"), inputButtons.pack("cancel"));
  return { text: ctx.t("rd-ask-level", { event: shorten(event, 200) }), keyboard };
}
