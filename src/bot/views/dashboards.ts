// The dashboards: a school (for its deputy) and the district (for the methodist), each as a
// picture and text with the indicators of 000 §2.4, and the school facts a methodist records.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { dashboardButtons, homeButtons } from "../callback-data/buttons.js";
import { showScreen } from "./screen.js";
import { now, today } from "../clock.js";
import { shorten } from "../text.js";
import { renderBarChart } from "../render/chart.js";
import { SCHOOL_FACT_FIELDS, type MonitoringFacts } from "../../data/index.js";
import { districtIndicators, schoolIndicators, type DistrictIndicators } from "../../domain/indicators.js";
import { activityState, ROUTE_STATUSES } from "../../domain/route.js";
import { formatDate, localDateOf } from "../../domain/time.js";

const RECENT_DAYS = 7;

export function progressOf(facts: MonitoringFacts, day: string) {
  return (routeId: number) => {
    const route = facts.routes.find((r) => r.routeId === routeId);
    const states = (route?.activities ?? []).map((a) => activityState({ ...a, event: "", topic: "", level: "school", evidence: [] }, day)).filter((s) => s !== "cancelled");
    return { done: states.filter((s) => s === "done").length, total: states.length, overdue: states.filter((s) => s === "overdue").length };
  };
}

export async function showSchool(ctx: BotContext, schoolId: number): Promise<void> {
  const store = ctx.deps.store;
  const day = today(ctx);
  const facts = await store.monitoring.facts([schoolId]);
  const school = facts.schools[0];
  if (!school) return;
  const indicators = schoolIndicators(school, facts.teachers, facts.routes, facts.recommendations, day);
  const statuses = ROUTE_STATUSES.filter((s) => indicators.routesByStatus[s] > 0);
  const chart = renderBarChart({
    title: ctx.t("ds-chart-school", { school: school.name }),
    labels: [ctx.t("ds-no-route"), ...statuses.map((s) => ctx.t(`status-${s}`))],
    values: [indicators.teachers - indicators.teachersWithRoute, ...statuses.map((s) => indicators.routesByStatus[s])],
    max: Math.max(1, indicators.teachers, ...statuses.map((s) => indicators.routesByStatus[s])),
  });
  await ctx.replyWithPhoto(new InputFile(chart, "school.png"), { caption: school.name });
  const lines = teacherLines(ctx, facts, day);
  const nameOf = (teacher: { name: string }) => teacher.name || ctx.t("person-unnamed");
  const recent = await store.monitoring.recentlyDone([schoolId], new Date(now(ctx).getTime() - RECENT_DAYS * 86_400_000));
  const names = new Map(facts.teachers.map((t) => [t.userId, nameOf(t)]));
  const recentLines = recent.map((r) => ctx.t("ds-recent-line", { date: formatDate(localDateOf(r.doneAt, ctx.deps.config.TIMEZONE)), teacher: names.get(r.teacherId) ?? "", event: r.event }));
  const text = [
    ctx.t("ds-school-summary", { school: school.name, teachers: indicators.teachers, withRoute: indicators.teachersWithRoute, share: indicators.shareWithRoute, overdue: indicators.activitiesOverdue, completion: indicators.completion }),
    "",
    ...lines,
    "",
    recentLines.length ? ctx.t("ds-recent-title", { days: RECENT_DAYS }) : ctx.t("ds-recent-none", { days: RECENT_DAYS }),
    ...recentLines,
  ].join("\n");
  const live = facts.routes.filter((r) => r.status !== "archived").length;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("home-school-routes", { count: live }), homeButtons.pack("list", "school", schoolId, 0))
    .row()
    .text(ctx.t("ds-xlsx"), dashboardButtons.pack("schoolWorkbook", schoolId));
  await ctx.reply((text), { reply_markup: keyboard });
}

/** One line per teacher: her latest route's status and progress, or that she has none. */
function teacherLines(ctx: BotContext, facts: MonitoringFacts, day: string): string[] {
  const progress = progressOf(facts, day);
  return facts.teachers.map((teacher) => {
    const name = teacher.name || ctx.t("person-unnamed");
    const route = facts.routes.filter((r) => r.teacherId === teacher.userId && r.status !== "archived").sort((a, b) => b.routeId - a.routeId)[0];
    if (!route) return ctx.t("ds-teacher-no-route", { teacher: name });
    const p = progress(route.routeId);
    return ctx.t("ds-teacher-line", { teacher: name, status: ctx.t(`status-${route.status}`), done: p.done, total: p.total, overdue: p.overdue });
  });
}

export function yesNo(ctx: BotContext, value: boolean | undefined): string {
  return ctx.t(value === undefined ? "ds-unknown" : value ? "ds-yes" : "ds-no");
}

export async function districtData(ctx: BotContext, districtId: number): Promise<{ facts: MonitoringFacts; indicators: DistrictIndicators }> {
  const schools = await ctx.deps.store.organisations.schoolsOf(districtId);
  const facts = await ctx.deps.store.monitoring.facts(schools.map((s) => s.id));
  return { facts, indicators: districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx)) };
}

export async function showDistrict(ctx: BotContext, districtId: number): Promise<void> {
  const { indicators } = await districtData(ctx, districtId);
  if (!indicators.schools.length) return void (await ctx.reply(ctx.t("ds-no-schools")));
  const chart = renderBarChart({
    title: ctx.t("ds-chart-district"),
    labels: indicators.schools.map((s) => s.name),
    values: indicators.schools.map((s) => s.shareWithRoute),
    max: 100,
  });
  await ctx.replyWithPhoto(new InputFile(chart, "district.png"), { caption: ctx.t("ds-chart-district") });
  const lines = indicators.schools.map((s) =>
    ctx.t("ds-school-line", {
      school: s.name,
      share: s.shareWithRoute,
      withRoute: s.teachersWithRoute,
      teachers: s.teachers,
      recommendations: s.recommendations,
      regulation: yesNo(ctx, s.hasCpdRegulation),
      vsoko: yesNo(ctx, s.monitoringInVsoko),
      jobs: yesNo(ctx, s.jobDescriptionsUpdated),
    }),
  );
  const total = indicators.total;
  const keyboard = new InlineKeyboard();
  for (const s of indicators.schools.slice(0, 20)) keyboard.text(shorten(ctx.t("ds-record-facts", { school: s.name }), 50), dashboardButtons.pack("schoolFacts", s.schoolId)).row();
  keyboard.text(ctx.t("ds-xlsx"), dashboardButtons.pack("districtWorkbook", districtId));
  await ctx.reply(
    ([ctx.t("ds-district-summary", { share: total.shareWithRoute, withRoute: total.teachersWithRoute, teachers: total.teachers, recommendations: total.recommendations }), "", ...lines].join("\n\n")),
    { reply_markup: keyboard },
  );
}

export async function showFacts(ctx: BotContext, schoolId: number): Promise<void> {
  const facts = await ctx.deps.store.monitoring.facts([schoolId]);
  const school = facts.schools[0];
  if (!school) return;
  const keyboard = new InlineKeyboard();
  SCHOOL_FACT_FIELDS.forEach((field, index) => {
    keyboard.text(`${ctx.t(`ds-fact-${field}`)}: ${yesNo(ctx, school[field])}`, dashboardButtons.pack("nothing", schoolId)).row();
    keyboard.text(ctx.t("ds-yes"), dashboardButtons.pack("setFact", schoolId, index, "1")).text(ctx.t("ds-no"), dashboardButtons.pack("setFact", schoolId, index, "0")).row();
  });
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
  await showScreen(ctx, { text: ctx.t("ds-facts-title", { school: school.name }), keyboard });
}
