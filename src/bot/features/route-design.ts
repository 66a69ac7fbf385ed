// Designing the route: the automatic draft from the deficits or building by hand; goal, term,
// tasks, resources from the catalogue (paged) or the teacher's own, dated activities,
// broadcasting experience; a review screen where any part can be edited; submission.
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { BotContext } from "../context.js";
import { refusalText } from "../views/refusals.js";
import { submitRoute } from "../../usecases/submit-route.js";
import { submitCorrection as submitRouteCorrection } from "../../usecases/corrections.js";
import type { AwaitedInputs, AwaitedKind } from "../awaiting.js";
import { pressOf } from "../callback-data/press.js";
import { documentButtons, livingButtons, routeButtons } from "../callback-data/buttons.js";
import { actorOf, awaitInput, ensureAllowed, issueText, now, personOf, refuseCallback, routeTarget, shorten, today, typedText, whenAwaiting } from "../helpers.js";
import { routeText, taskText } from "../views/route.js";
import { currentDiagnosis } from "./diagnostics.js";
import { requireConsent } from "./start.js";
import { notifyApprovers } from "./approval.js";
import { changeLines, notifyCorrectionApprovers } from "./corrections.js";
import { activityHasProgress, planChanges, planOf, taskHasProgress } from "../../domain/correction.js";
import { emptyRoute, type Route } from "../../domain/route.js";
import { draftRoute } from "../../domain/draft.js";
import { currentFramework, type Locale } from "../../domain/framework.js";
import { filterCatalog } from "../../domain/catalog.js";
import { EDITABLE_STATUSES, transition } from "../../domain/lifecycle.js";
import { addDays, addMonths, formatDate, parseUserDate, type LocalDate } from "../../domain/time.js";
import { checkDateInTerm, LIMITS, termSchema } from "../../domain/validation.js";

const PAGE = 5;

/** The typed answers of route design: each names the route it is for. */
type RouteInput = Extract<AwaitedKind, `route-${string}`>;

function locale(ctx: BotContext): Locale {
  return ctx.user.locale === "en" ? "en" : "ru";
}

function defaultTerm(start: LocalDate) {
  return { start, end: addDays(addMonths(start, 12), -1) };
}

async function teacherSchool(ctx: BotContext): Promise<number | undefined> {
  const memberships = await ctx.deps.store.organisations.membershipsOf(ctx.user.id);
  return memberships.find((m) => m.role === "teacher")?.organisationId;
}

/** Loads a route the current user may edit; refuses otherwise. */
async function editable(ctx: BotContext, routeId: number): Promise<Route | undefined> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) {
    await refuseCallback(ctx);
    return undefined;
  }
  if (!(await ensureAllowed(ctx, "route.edit", await routeTarget(ctx, route)))) return undefined;
  if (route.status === "returned") {
    const reopened = transition(route, { type: "reopen" }, now(ctx));
    await ctx.deps.store.routes.changeStatus(route, reopened);
    return reopened;
  }
  if (route.status === "active") return workingCopy(ctx, route);
  return route;
}

/**
 * A route being carried out is corrected on a copy of its plan; the approved plan stays in
 * force until the approver accepts the copy. Undefined (and said) while a copy awaits a decision.
 */
async function workingCopy(ctx: BotContext, route: Route): Promise<Route | undefined> {
  const correction = await ctx.deps.store.routes.openCorrection(route.id!);
  if (correction?.status === "submitted") {
    await ctx.answerCallbackQuery().catch(() => undefined); // a typed answer has no query to answer
    await ctx.reply(ctx.t("rc-waiting"));
    return undefined;
  }
  return correction ? { ...route, ...correction.content } : route;
}

async function save(ctx: BotContext, route: Route): Promise<Route | undefined> {
  if (route.status === "active") {
    if (await ctx.deps.store.routes.saveCorrection(route.id!, planOf(route))) return route;
    await ctx.reply(ctx.t("rc-waiting"));
    return undefined;
  }
  const saved = await ctx.deps.store.routes.saveContent(route, EDITABLE_STATUSES);
  if (!saved) await ctx.reply(ctx.t("error-wrong-status"));
  return saved;
}

export async function showReview(ctx: BotContext, route: Route): Promise<void> {
  if (route.status === "active") return showCorrection(ctx, route);
  const id = route.id!;
  const lastReturn = await ctx.deps.store.routes.lastReturn(id);
  if (lastReturn && route.status === "draft" && lastReturn.routeVersion === route.version && lastReturn.comment) {
    await ctx.reply(ctx.t("route-returned-comment", { comment: lastReturn.comment }));
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t("rd-goal"), routeButtons.pack("goal", id))
    .text(ctx.t("rd-term"), routeButtons.pack("term", id))
    .row()
    .text(ctx.t("rd-tasks", { count: route.tasks.length }), routeButtons.pack("tasks", id))
    .text(ctx.t("rd-broadcast"), routeButtons.pack("addBroadcast", id))
    .row()
    .text(ctx.t("rd-submit"), routeButtons.pack("submit", id))
    .row()
    .text(ctx.t("doc-button"), documentButtons.pack("routeDocument", id));
  await ctx.reply(routeText(ctx, route, today(ctx)), { reply_markup: keyboard });
}

/** The working copy of an active route's plan: what changes, and the way to the approver. */
async function showCorrection(ctx: BotContext, copy: Route): Promise<void> {
  const id = copy.id!;
  const live = (await ctx.deps.store.routes.byId(id))!;
  const correction = await ctx.deps.store.routes.openCorrection(id);
  const changes = planChanges(planOf(live), planOf(copy));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("rd-goal"), routeButtons.pack("goal", id))
    .text(ctx.t("rd-term"), routeButtons.pack("term", id))
    .row()
    .text(ctx.t("rd-tasks", { count: copy.tasks.length }), routeButtons.pack("tasks", id))
    .text(ctx.t("rd-broadcast"), routeButtons.pack("addBroadcast", id))
    .row();
  if (changes.length) keyboard.text(ctx.t("rc-submit"), routeButtons.pack("submit", id)).row().text(ctx.t("rc-discard"), routeButtons.pack("discardCorrection", id)).row();
  keyboard.text(ctx.t("lv-open"), livingButtons.pack("open", id));
  const t = (key: string, params?: Record<string, string | number>) => ctx.t(key, params);
  const head = [ctx.t("rc-editing")];
  if (correction?.status === "returned" && correction.comment) head.push(ctx.t("rc-returned-comment", { comment: correction.comment }));
  head.push(changes.length ? `${ctx.t("rc-changes", { count: changes.length })}\n${changeLines(t, changes)}` : ctx.t("rc-no-changes"));
  await ctx.reply(`${head.join("\n\n")}\n\n${routeText(ctx, copy, today(ctx))}`, { reply_markup: keyboard });
}

async function showTasks(ctx: BotContext, route: Route): Promise<void> {
  const keyboard = new InlineKeyboard();
  route.tasks.forEach((task, index) => keyboard.text(shorten(`${index + 1}. ${task.title}`), routeButtons.pack("task", route.id!, index)).row());
  if (route.tasks.length < LIMITS.tasks) keyboard.text(ctx.t("rd-add-task"), routeButtons.pack("addTask", route.id!)).row();
  keyboard.text(ctx.t("rd-to-review"), routeButtons.pack("review", route.id!));
  await ctx.reply(route.tasks.length ? ctx.t("rd-tasks-choose") : ctx.t("route-no-tasks"), { reply_markup: keyboard });
}

async function showTask(ctx: BotContext, route: Route, index: number): Promise<void> {
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

async function showCatalogPage(ctx: BotContext, route: Route, index: number, page: number): Promise<void> {
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

/** Creates the route: an automatic draft from the deficits, or an empty one to fill by hand. */
async function createRoute(ctx: BotContext, mode: "auto" | "manual"): Promise<void> {
  const store = ctx.deps.store;
  const schoolId = await teacherSchool(ctx);
  if (schoolId === undefined) return void (await ctx.reply(ctx.t("rd-not-teacher")));
  const current = await store.routes.currentOf(ctx.user.id);
  if (current && current.status !== "completed") return showCurrent(ctx, current);
  const history = await store.profiles.history(ctx.user.id);
  const diagnosis = await currentDiagnosis(store, ctx.user.id);
  const term = defaultTerm(today(ctx));
  let route: Route = { ...emptyRoute(ctx.user.id, schoolId, ctx.t("rd-default-title", { from: term.start.slice(0, 4), to: term.end.slice(0, 4) })), term, history };
  if (diagnosis) route.profile = diagnosis.profile;
  if (mode === "auto") {
    if (!diagnosis) return void (await ctx.reply(ctx.t("rd-need-diagnostics")));
    const draft = draftRoute(diagnosis.deficits, { framework: currentFramework, catalog: await store.catalog.all(), term, locale: locale(ctx) });
    route = { ...route, ...draft };
  }
  const created = await store.routes.create(route, diagnosis?.diagnosticId ? { diagnosticId: diagnosis.diagnosticId } : {});
  await store.audit.record({ actorId: ctx.user.id, action: "route_created", targetType: "route", targetId: created.id!, details: { mode } }, now(ctx));
  if (mode === "auto") {
    await ctx.reply(ctx.t(created.tasks.length ? "rd-auto-done" : "rd-auto-empty"));
    return showReview(ctx, created);
  }
  awaitInput(ctx, "route-goal", { routeId: created.id! });
  await ctx.reply(ctx.t("rd-ask-goal"));
}

/** What /route shows depends on where the route is. */
export async function showCurrent(ctx: BotContext, route: Route): Promise<void> {
  if (route.status === "draft") return showReview(ctx, route);
  if (route.status === "returned") {
    const lastReturn = await ctx.deps.store.routes.lastReturn(route.id!);
    const keyboard = new InlineKeyboard().text(ctx.t("rd-fix"), routeButtons.pack("review", route.id!));
    return void (await ctx.reply(ctx.t("route-returned", { comment: lastReturn?.comment ?? "" }), { reply_markup: keyboard }));
  }
  if (route.status === "submitted") return void (await ctx.reply(`${routeText(ctx, route, today(ctx))}\n\n${ctx.t("route-waiting-approval")}`));
  const { showLiving } = await import("./living.js");
  return showLiving(ctx, route);
}

/** Saves the route changed by an answer and goes on; an answer the route refuses is explained and asked again. */
async function saveAnswer(ctx: BotContext, next: Route | string, then: (saved: Route) => Promise<unknown>): Promise<void> {
  if (typeof next === "string") return void (await ctx.reply(next));
  ctx.session.awaiting = undefined;
  const saved = await save(ctx, next);
  if (saved) await then(saved);
}

/** The route a typed answer is for, if the user may still edit it; otherwise the wait ends. */
async function awaitedRoute(ctx: BotContext, payload: { routeId: number }): Promise<Route | undefined> {
  const routeId = Number(payload.routeId);
  const route = Number.isInteger(routeId) && routeId > 0 ? await ctx.deps.store.routes.byId(routeId) : undefined;
  if (route && (await ensureAllowed(ctx, "route.edit", await routeTarget(ctx, route)))) {
    const editing = route.status === "active" ? await workingCopy(ctx, route) : route;
    if (editing) return editing;
  }
  ctx.session.awaiting = undefined;
  return undefined;
}

export function routeDesignFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("route", async (ctx) => {
    if (!(await requireConsent(ctx))) return;
    const route = await ctx.deps.store.routes.currentOf(ctx.user.id);
    if (route && route.status !== "completed") return showCurrent(ctx, route);
    return offerStart(ctx);
  });

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
    const id = route.id!;
    const index = taskIndex ?? 0;

    switch (press.action) {
        case "review":
          return showReview(ctx, route);
        case "goal":
          awaitInput(ctx, "route-goal", { routeId: id, back: 1 });
          return ctx.reply(ctx.t("rd-ask-goal-edit", { current: route.goal ?? ctx.t("route-not-set") }));
        case "term":
          awaitInput(ctx, "route-term", { routeId: id });
          return ctx.reply(ctx.t("rd-ask-term"));
        case "tasks":
          return showTasks(ctx, route);
        case "addTask":
          awaitInput(ctx, "route-task-title", { routeId: id, task: route.tasks.length });
          return ctx.reply(ctx.t("rd-ask-task-title"));
        case "addBroadcast":
          awaitInput(ctx, "route-bc-event", { routeId: id });
          return ctx.reply(ctx.t("rd-ask-bc-event"));
        case "submit":
          return route.status === "active" ? submitCorrection(ctx, route) : submit(ctx, route);
        case "discardCorrection":
          return discardCorrection(ctx, route);
        case "task":
          return showTask(ctx, route, index);
        case "taskTitle":
          awaitInput(ctx, "route-task-title", { routeId: id, task: index });
          return ctx.reply(ctx.t("rd-ask-task-title"));
        case "taskResult":
          awaitInput(ctx, "route-task-result", { routeId: id, task: index });
          return ctx.reply(ctx.t("rd-ask-task-result"));
        case "taskDeadline":
          awaitInput(ctx, "route-task-deadline", { routeId: id, task: index });
          return ctx.reply(ctx.t("rd-ask-date", { example: formatDate(route.term?.end ?? today(ctx)) }));
        case "ownActivity":
          awaitInput(ctx, "route-activity-event", { routeId: id, task: index });
          return ctx.reply(ctx.t("rd-ask-activity-event"));
        case "chooseActivityToRemove": {
          const keyboard = new InlineKeyboard();
          route.tasks[index]!.activities.forEach((a, j) => keyboard.text(shorten(`✖ ${formatDate(a.date)} ${a.event}`, 60), routeButtons.pack("removeActivity", id, index, j)).row());
          keyboard.text(ctx.t("rd-back-to-task"), routeButtons.pack("task", id, index));
          return ctx.reply(ctx.t("rd-choose-activity-remove"), { reply_markup: keyboard });
        }
        case "deleteTask": {
          if (route.status === "active" && taskHasProgress((await ctx.deps.store.routes.byId(id))!, route.tasks[index]!)) return ctx.reply(ctx.t("rc-task-has-progress"));
          const next = { ...route, tasks: route.tasks.filter((_, i) => i !== index) };
          const saved = await save(ctx, next);
          if (saved) return showTasks(ctx, saved);
          return;
        }
    }
    {
      const value = press.values[2] as number;
      if (press.action === "catalogPage") return showCatalogPage(ctx, route, index, value);
      if (press.action === "removeActivity") {
        const task = route.tasks[index]!;
        if (!task.activities[value]) return;
        if (route.status === "active" && activityHasProgress((await ctx.deps.store.routes.byId(id))!, task.activities[value]!)) return ctx.reply(ctx.t("rc-activity-has-progress"));
        const next = { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, activities: t.activities.filter((_, j) => j !== value) } : t)) };
        const saved = await save(ctx, next);
        if (saved) return showTask(ctx, saved, index);
        return;
      }
      const entry = await ctx.deps.store.catalog.byId(value);
      if (!entry) return;
      const task = route.tasks[index]!;
      if (task.resources.length >= LIMITS.resourcesPerTask) return ctx.reply(ctx.t("issue-too-many"));
      const resource = { catalogId: entry.id!, title: entry.title, kind: entry.kind, form: entry.form, level: entry.level, ...(entry.url ? { url: entry.url } : {}), ...(entry.hours !== undefined ? { hours: entry.hours } : {}) };
      const saved = await save(ctx, { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, resources: [...t.resources, resource] } : t)) });
      if (!saved) return;
      awaitInput(ctx, "route-activity-date", { routeId: id, task: index, event: entry.title, level: entry.level, kind: entry.kind });
      return ctx.reply(ctx.t("rd-resource-added", { title: entry.title }) + "\n" + ctx.t("rd-ask-date", { example: formatDate(task.deadline ?? route.term?.end ?? today(ctx)) }));
    }
  });

  const textInput = <K extends RouteInput>(kind: K, max: number, apply: (route: Route, text: string, payload: AwaitedInputs[K]) => Route | string, after: (ctx: BotContext, route: Route, payload: AwaitedInputs[K]) => Promise<unknown>) =>
    whenAwaiting(kind, async (ctx, payload) => {
      const text = await typedText(ctx, max);
      if (text === undefined) return;
      const route = await awaitedRoute(ctx, payload);
      if (!route) return;
      await saveAnswer(ctx, apply(route, text, payload), (saved) => after(ctx, saved, payload));
    });

  composer.on(
    "message",
    textInput(
      "route-goal",
      LIMITS.longText,
      (route, goal) => ({ ...route, goal }),
      async (ctx, route, payload) => {
        if (payload.back || route.tasks.length) return showReview(ctx, route);
        awaitInput(ctx, "route-task-title", { routeId: route.id!, task: 0 });
        return ctx.reply(ctx.t("rd-ask-task-title"));
      },
    ),
  );
  composer.on(
    "message",
    textInput(
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
          return ctx.reply(ctx.t("rd-ask-task-result"));
        }
        return showTask(ctx, route, index);
      },
    ),
  );
  composer.on(
    "message",
    textInput(
      "route-task-result",
      LIMITS.longText,
      (route, expectedResult, payload) => ({ ...route, tasks: route.tasks.map((t, i) => (i === Number(payload.task) ? { ...t, expectedResult } : t)) }),
      (ctx, route, payload) => showTask(ctx, route, Number(payload.task)),
    ),
  );
  composer.on(
    "message",
    textInput(
      "route-activity-event",
      LIMITS.shortText,
      (route) => route,
      async (ctx, route, payload) => {
        awaitInput(ctx, "route-activity-date", { routeId: route.id!, task: Number(payload.task), event: String(ctx.message?.text ?? "").trim(), level: "school" });
        const task = route.tasks[Number(payload.task)];
        return ctx.reply(ctx.t("rd-ask-date", { example: formatDate(task?.deadline ?? route.term?.end ?? today(ctx)) }));
      },
    ),
  );
  composer.on(
    "message",
    textInput(
      "route-bc-event",
      LIMITS.shortText,
      (route) => route,
      async (ctx, route) => {
        awaitInput(ctx, "route-bc-date", { routeId: route.id!, event: String(ctx.message?.text ?? "").trim() });
        return ctx.reply(ctx.t("rd-ask-date", { example: formatDate(route.term?.end ?? today(ctx)) }));
      },
    ),
  );

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

  composer.on(
    "message",
    dateInput(
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
        return { ...route, tasks: route.tasks.map((t, i) => (i === index ? { ...t, activities } : t)) };
      },
      (ctx, route, payload) => showTask(ctx, route, Number(payload.task)),
    ),
  );
  composer.on(
    "message",
    dateInput(
      "route-task-deadline",
      (_ctx, route, date, payload) => ({ ...route, tasks: route.tasks.map((t, i) => (i === Number(payload.task) ? { ...t, deadline: date } : t)) }),
      (ctx, route, payload) => showTask(ctx, route, Number(payload.task)),
    ),
  );
  composer.on(
    "message",
    dateInput(
      "route-bc-date",
      (_ctx, route, date, payload) => ({ ...route, broadcasts: [...route.broadcasts, { event: String(payload.event), topic: route.goal ?? String(payload.event), date }] }),
      (ctx, route) => showReview(ctx, route),
    ),
  );
  composer.on(
    "message",
    whenAwaiting("route-term", async (ctx, payload) => {
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
      await saveAnswer(ctx, { ...route, term }, (saved) => showReview(ctx, saved));
    }),
  );

  return composer;
}

function areaTopic(ctx: BotContext, area: string): string {
  return currentFramework.areas.find((a) => a.code === area)?.name[locale(ctx)] ?? area;
}

async function offerStart(ctx: BotContext): Promise<void> {
  if ((await teacherSchool(ctx)) === undefined) return void (await ctx.reply(ctx.t("rd-not-teacher")));
  const keyboard = new InlineKeyboard().text(ctx.t("rd-auto"), routeButtons.pack("draftFromDeficits")).row().text(ctx.t("rd-manual"), routeButtons.pack("buildByHand"));
  await ctx.reply(ctx.t("rd-start"), { reply_markup: keyboard });
}

async function submit(ctx: BotContext, route: Route): Promise<void> {
  // The permission is checked here too, so that a refusal is audited and answered like any other.
  if (!(await ensureAllowed(ctx, "route.submit", await routeTarget(ctx, route), await actorOf(ctx)))) return;
  const person = personOf(ctx);
  const outcome = await submitRoute(ctx.deps.store, { person, routeId: route.id!, at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  const sent = await notifyApprovers(ctx, outcome.value.submitted);
  await ctx.reply(ctx.t(sent ? "rd-submitted" : "rd-submitted-no-approvers"));
}

/** Sends the corrected plan of an active route to its approvers. */
async function submitCorrection(ctx: BotContext, copy: Route): Promise<void> {
  const outcome = await submitRouteCorrection(ctx.deps.store, { person: personOf(ctx), routeId: copy.id!, at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  const { route, correction, changes } = outcome.value;
  const sent = await notifyCorrectionApprovers(ctx, route, correction, changes);
  await ctx.reply(ctx.t(sent ? "rc-submitted" : "rd-submitted-no-approvers"));
}

async function discardCorrection(ctx: BotContext, copy: Route): Promise<void> {
  const correction = await ctx.deps.store.routes.openCorrection(copy.id!);
  if (correction) await ctx.deps.store.routes.discardCorrection(correction.id);
  await ctx.reply(ctx.t("rc-discarded"));
}

/** A submission whose process died half-way: the route is submitted; make sure the approvers were told. */
async function finishInterruptedSubmission(ctx: BotContext, routeId: number): Promise<boolean> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (route?.status !== "submitted" || route.teacherId !== ctx.user.id) return false;
  await ctx.answerCallbackQuery();
  const sent = (await notifyApprovers(ctx, route)) > 0;
  await ctx.reply(ctx.t(sent ? "rd-submitted" : "rd-submitted-no-approvers"));
  return true;
}
