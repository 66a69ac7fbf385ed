// The buttons of route design: each press reads its typed action and goes to a screen or an action.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { pressOf } from "../../callback-data/press.js";
import { routeButtons } from "../../callback-data/buttons.js";
import { refuseCallback } from "../../access.js";
import { today } from "../../clock.js";
import { awaitInput } from "../../input.js";
import { shorten } from "../../text.js";
import { activityHasProgress, taskHasProgress } from "../../../domain/correction.js";
import { formatDate } from "../../../domain/time.js";
import { LIMITS } from "../../../domain/validation.js";
import { createRoute, discardCorrection, finishInterruptedSubmission, submit, submitCorrection } from "./actions.js";
import { editable, save } from "./editing.js";
import { offerStart, showCatalogPage, showReview, showTask, showTasks } from "./screens.js";

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
}
