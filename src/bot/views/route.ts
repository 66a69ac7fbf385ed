// The route as text for the chat: the parts of 002 §4.1 in order, readable on a phone.
import type { BotContext } from "../context.js";
import { activityState, routeProgress, type Route } from "../../domain/route.js";
import { areaOf, currentFramework } from "../../domain/framework.js";
import { formatDate, type LocalDate } from "../../domain/time.js";

const STATE_MARK = { done: "✅", cancelled: "✖️", upcoming: "▫️", due: "🔔", overdue: "❗" } as const;

export function areaName(ctx: BotContext, code: string | undefined): string {
  if (!code) return "";
  return areaOf(currentFramework, code)?.name[ctx.user.locale === "en" ? "en" : "ru"] ?? code;
}

export function termText(ctx: BotContext, route: Route): string {
  return route.term ? `${formatDate(route.term.start)} – ${formatDate(route.term.end)}` : ctx.t("route-not-set");
}

export function taskText(ctx: BotContext, route: Route, index: number, today: LocalDate): string {
  const task = route.tasks[index]!;
  const lines = [ctx.t("route-task-line", { n: index + 1, title: task.title })];
  if (task.deficit) lines.push(ctx.t("route-task-deficit", { area: areaName(ctx, task.deficit.area) }));
  for (const resource of task.resources) {
    lines.push(ctx.t("route-resource-line", { title: resource.title, kind: ctx.t(`kind-${resource.kind}`), form: ctx.t(`form-${resource.form}`), level: ctx.t(`level-${resource.level}`) }));
  }
  for (const activity of task.activities) {
    lines.push(
      ctx.t("route-activity-line", {
        mark: STATE_MARK[activityState(activity, today)],
        date: formatDate(activity.date),
        event: activity.event,
        topic: activity.topic,
        level: ctx.t(`level-${activity.level}`),
      }),
    );
  }
  if (task.deadline) lines.push(ctx.t("route-task-deadline", { date: formatDate(task.deadline) }));
  if (task.expectedResult) lines.push(ctx.t("route-task-result", { result: task.expectedResult }));
  return lines.join("\n");
}

export function routeText(ctx: BotContext, route: Route, today: LocalDate): string {
  const parts = [
    ctx.t("route-header", { title: route.title, status: ctx.t(`status-${route.status}`) }),
    ctx.t("route-term", { term: termText(ctx, route) }),
    ctx.t("route-goal", { goal: route.goal ?? ctx.t("route-not-set") }),
    ...(route.theme ? [ctx.t("route-theme", { theme: route.theme })] : []),
    "",
    route.tasks.length ? ctx.t("route-tasks-title") : ctx.t("route-no-tasks"),
    ...route.tasks.map((_, index) => taskText(ctx, route, index, today)),
  ];
  if (route.broadcasts.length) {
    parts.push("", ctx.t("route-broadcasts-title"));
    for (const b of route.broadcasts) parts.push(ctx.t("route-broadcast-line", { date: formatDate(b.date), event: b.event, topic: b.topic, done: b.doneAt ? "yes" : "no" }));
  }
  if (route.products.length) {
    parts.push("", ctx.t("route-products-title"));
    for (const p of route.products) parts.push(ctx.t("route-product-line", { kind: ctx.t(`product-${p.kind}`), title: p.title }));
  }
  if (route.status === "approved" || route.status === "active" || route.status === "completed") {
    const progress = routeProgress(route, today);
    parts.push("", ctx.t("route-progress", { ...progress }));
  }
  return parts.join("\n");
}

/** Telegram refuses messages over 4096 characters. */

/** «ИОМ на 2026–2027 гг. — Иванова А.П.»: the title a route gets until the teacher gives her own. */
export function defaultRouteTitle(t: (key: string, params?: Record<string, string>) => string, fullName: string | null | undefined, term: { start: string; end: string }): string {
  const who = shortName(fullName);
  return t(who ? "rd-default-title-named" : "rd-default-title", { from: term.start.slice(0, 4), to: term.end.slice(0, 4), who });
}

/** «Иванова Анна Петровна» → «Иванова А.П.» */
export function shortName(fullName: string | null | undefined): string {
  const [surname, ...given] = (fullName ?? "").trim().split(/\s+/).filter(Boolean);
  return surname ? `${surname}${given.length ? ` ${given.map((part) => `${part[0]}.`).join("")}` : ""}` : "";
}
