// The screens of route design: the review (or the correction being prepared), the tasks, one
// task, the catalogue page by page, and what /route shows depending on where the route is.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { showLiving } from "../../views/living.js";
import { showScreen } from "../../views/screen.js";
import { teacherCardScreen } from "../../views/teacher-card.js";
import { livingButtons, routeButtons } from "../../callback-data/buttons.js";
import { today } from "../../clock.js";
import { shorten } from "../../text.js";
import { routeText, taskText } from "../../views/route.js";
import { changeLines } from "../../notifications/approvers.js";
import { planChanges, planOf } from "../../../domain/correction.js";
import { type Route } from "../../../domain/route.js";
import { filterCatalog } from "../../../domain/catalog.js";
import { LIMITS } from "../../../domain/validation.js";
import { LEVELS, OWN_ACTIVITY_KINDS } from "../../../domain/vocabulary.js";
import type { Screen } from "../../views/screen.js";
import { teacherSchool } from "./editing.js";

const PAGE = 5;

/** The draft (or returned route) as the teacher's card with its parts to edit; an active route's correction. */
export async function showReview(ctx: BotContext, route: Route): Promise<void> {
  if (route.status === "active") return showCorrection(ctx, route);
  await showScreen(ctx, await teacherCardScreen(ctx, route));
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
  if (correction?.status === "returned" && correction.comment) head.push(ctx.t("rc-returned-comment", { comment: correction.comment }));
  head.push(changes.length ? `${ctx.t("rc-changes", { count: changes.length })}\n${changeLines(t, changes)}` : ctx.t("rc-no-changes"));
  await ctx.reply(`${head.join("\n\n")}\n\n${routeText(ctx, copy, today(ctx))}`, { reply_markup: keyboard });
}

export async function showTasks(ctx: BotContext, route: Route): Promise<void> {
  const keyboard = new InlineKeyboard();
  route.tasks.forEach((task, index) => keyboard.text(shorten(`${index + 1}. ${task.title}`), routeButtons.pack("task", route.id!, index)).row());
  if (route.tasks.length < LIMITS.tasks) keyboard.text(ctx.t("rd-add-task"), routeButtons.pack("addTask", route.id!)).row();
  keyboard.text(ctx.t("rd-to-review"), routeButtons.pack("review", route.id!));
  await ctx.reply(route.tasks.length ? ctx.t("rd-tasks-choose") : ctx.t("route-no-tasks"), { reply_markup: keyboard });
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
    .text(ctx.t("rd-task-delete"), routeButtons.pack("deleteTask", id, index))
    .text(ctx.t("rd-to-review"), routeButtons.pack("review", id));
  await ctx.reply((taskText(ctx, route, index, today(ctx))), { reply_markup: keyboard });
}

export async function showCatalogPage(ctx: BotContext, route: Route, index: number, page: number): Promise<void> {
  const task = route.tasks[index]!;
  const all = await ctx.deps.store.catalog.all();
  const entries = task.deficit ? filterCatalog(all, { area: task.deficit.area }) : filterCatalog(all, {});
  const pages = Math.max(1, Math.ceil(entries.length / PAGE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const keyboard = new InlineKeyboard();
  for (const entry of entries.slice(current * PAGE, current * PAGE + PAGE)) {
    keyboard.text(shorten(`${entry.title} (${ctx.t(`level-${entry.level}`)})`, 60), routeButtons.pack("pickResource", route.id!, index, entry.id!)).row();
  }
  if (current > 0) keyboard.text("◀", routeButtons.pack("catalogPage", route.id!, index, current - 1));
  if (current < pages - 1) keyboard.text("▶", routeButtons.pack("catalogPage", route.id!, index, current + 1));
  keyboard.row().text(ctx.t("rd-back-to-task"), routeButtons.pack("task", route.id!, index));
  const text = ctx.t("rd-catalog-page", { page: current + 1, pages, count: entries.length });
  const paging = routeButtons.unpack(ctx.callbackQuery?.data);
  if (ctx.callbackQuery?.message && typeof paging === "object" && paging.action === "catalogPage" && page !== 0) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
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
  await ctx.reply(ctx.t("rd-start"), { reply_markup: keyboard });
}

/** An own activity: what kind it is (a course asks for the interview on correcting the route when done). */
export function activityKindScreen(ctx: BotContext, routeId: number, task: number, event: string): Screen {
  const keyboard = new InlineKeyboard();
  OWN_ACTIVITY_KINDS.forEach((kind, i) => {
    keyboard.text(ctx.t(`kind-${kind}`), routeButtons.pack("activityKind", routeId, task, i));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t("rd-kind-other"), routeButtons.pack("activityKind", routeId, task, OWN_ACTIVITY_KINDS.length));
  return { text: ctx.t("rd-ask-kind", { event: shorten(event, 200) }), keyboard };
}

/** An own activity: at what level it takes place (002 §4.1: school, municipal, regional, federal). */
export function activityLevelScreen(ctx: BotContext, routeId: number, task: number, event: string): Screen {
  const keyboard = new InlineKeyboard();
  LEVELS.forEach((level, i) => {
    keyboard.text(ctx.t(`level-${level}`), routeButtons.pack("activityLevel", routeId, task, i));
    if (i % 2 === 1) keyboard.row();
  });
  return { text: ctx.t("rd-ask-level", { event: shorten(event, 200) }), keyboard };
}
