// The dashboards as screens edited in place, for a chosen school year: a school's indicators
// (for its deputy, director and the district's methodists) and the district's (000 §2.4), with
// the picture, the workbook, the deficit map and the facts a methodist records on request.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { dashboardButtons, homeButtons } from "../callback-data/buttons.js";
import { actorOf } from "../access.js";
import { now, today } from "../clock.js";
import { shorten } from "../text.js";
import { percent } from "./numbers.js";
import { areaName } from "./route.js";
import { showScreen, type Screen } from "./screen.js";
import { renderBarChart } from "../render/chart.js";
import { SCHOOL_FACT_FIELDS, type MonitoringFacts } from "../../data/index.js";
import { districtIndicators, schoolIndicators, schoolYear, schoolYearContaining, type DistrictIndicators, type SchoolIndicators, type SchoolYear } from "../../domain/indicators.js";
import { activityState, ROUTE_STATUSES } from "../../domain/route.js";
import { can } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";

const RECENT_DAYS = 7;
const RECENT_LINES = 5;
const MAP_AREAS = 5;

export function progressOf(facts: MonitoringFacts, day: string) {
  const byId = new Map(facts.routes.map((route) => [route.routeId, route]));
  return (routeId: number) => {
    const route = byId.get(routeId);
    const states = (route?.activities ?? []).map((a) => activityState({ ...a, event: "", topic: "", level: "school", evidence: [] }, day)).filter((s) => s !== "cancelled");
    return { done: states.filter((s) => s === "done").length, total: states.length, overdue: states.filter((s) => s === "overdue").length };
  };
}

/** The school year a dashboard opens on: the current one. */
export function currentYear(ctx: BotContext): SchoolYear {
  return schoolYearContaining(today(ctx));
}

export function yearLabel(year: SchoolYear): string {
  return `${year.first}/${year.first + 1}`;
}

export async function schoolData(ctx: BotContext, schoolId: number, year: SchoolYear): Promise<{ facts: MonitoringFacts; indicators: SchoolIndicators } | undefined> {
  const facts = await ctx.deps.store.monitoring.facts([schoolId]);
  const school = facts.schools[0];
  return school ? { facts, indicators: schoolIndicators(school, facts.teachers, facts.routes, facts.recommendations, today(ctx), year) } : undefined;
}

export async function districtData(ctx: BotContext, districtId: number, year: SchoolYear = currentYear(ctx)): Promise<{ facts: MonitoringFacts; indicators: DistrictIndicators }> {
  const schools = await ctx.deps.store.organisations.schoolsOf(districtId);
  const facts = await ctx.deps.store.monitoring.facts(schools.map((s) => s.id));
  return { facts, indicators: districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx), year) };
}

/** 2.4.1 in words: the share of the staff, or that the staff is not entered yet. */
function shareLine(ctx: BotContext, s: { teachersWithRoute: number; staff?: number; shareWithRoute?: number }): string {
  if (s.staff === undefined || s.shareWithRoute === undefined) return ctx.t("ds-share-unknown", { withRoute: s.teachersWithRoute });
  return ctx.t("ds-share", { share: percent(ctx, s.shareWithRoute), withRoute: s.teachersWithRoute, staff: s.staff });
}

export async function schoolDashboardScreen(ctx: BotContext, schoolId: number, year: SchoolYear): Promise<Screen> {
  const data = await schoolData(ctx, schoolId, year);
  const keyboard = new InlineKeyboard();
  if (!data) return { text: ctx.t("error-not-allowed"), keyboard: keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show")) };
  const { indicators: s, facts } = data;
  const statuses = ROUTE_STATUSES.filter((status) => s.routesByStatus[status] > 0).map((status) => `${ctx.t(`status-${status}`)}: ${s.routesByStatus[status]}`);
  const lines = [
    ctx.t("ds-school-title", { school: s.name, year: yearLabel(year) }),
    shareLine(ctx, s),
    ctx.t("ds-registered", { teachers: s.teachers }),
    statuses.length ? ctx.t("ds-statuses", { list: statuses.join(", ") }) : ctx.t("ds-no-routes"),
    ctx.t("ds-activities", { done: s.activitiesDone, total: s.activitiesTotal, overdue: s.activitiesOverdue }),
    ctx.t("ds-recommendations", { issued: s.recommendations, done: s.recommendationsDone }),
    ctx.t("ds-interviews", await ctx.deps.store.interviews.counts([schoolId])),
    ...SCHOOL_FACT_FIELDS.map((field) => `${ctx.t(`ds-fact-${field}`)}: ${yesNo(ctx, s[field])}`),
    "",
    ...(await recentLines(ctx, schoolId, facts)),
  ];
  await schoolButtons(ctx, keyboard, s, year, facts.routes.filter((r) => r.status !== "archived").length);
  return { text: lines.join("\n"), keyboard };
}

async function schoolButtons(ctx: BotContext, keyboard: InlineKeyboard, s: SchoolIndicators, year: SchoolYear, live: number): Promise<void> {
  const actor = await actorOf(ctx);
  const districtId = await ctx.deps.store.organisations.districtIdOf(s.schoolId);
  const school = { kind: "school" as const, schoolId: s.schoolId, districtId };
  yearButtons(keyboard, year, (first) => dashboardButtons.pack("schoolYear", s.schoolId, first));
  keyboard.text(ctx.t("home-school-routes", { count: live }), homeButtons.pack("list", "school", s.schoolId, 0)).row();
  if (can(actor, "school.record_staff", school)) keyboard.text(ctx.t("ds-staff-button", { staff: s.staff ?? "—" }), dashboardButtons.pack("staff", s.schoolId)).row();
  if (can(actor, "district.record_facts", { kind: "district", districtId })) keyboard.text(ctx.t("ds-record-facts-button"), dashboardButtons.pack("schoolFacts", s.schoolId)).row();
  keyboard.text(ctx.t("ds-chart"), dashboardButtons.pack("schoolChart", s.schoolId, year.first)).text(ctx.t("ds-xlsx"), dashboardButtons.pack("schoolWorkbookOf", s.schoolId, year.first)).row();
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
}

function yearButtons(keyboard: InlineKeyboard, year: SchoolYear, target: (first: number) => string): void {
  keyboard.text(`◀ ${yearLabel(schoolYear(year.first - 1))}`, target(year.first - 1)).text(`${yearLabel(schoolYear(year.first + 1))} ▶`, target(year.first + 1)).row();
}

async function recentLines(ctx: BotContext, schoolId: number, facts: MonitoringFacts): Promise<string[]> {
  const recent = await ctx.deps.store.monitoring.recentlyDone([schoolId], new Date(now(ctx).getTime() - RECENT_DAYS * 86_400_000), RECENT_LINES);
  const names = new Map(facts.teachers.map((t) => [t.userId, t.name || ctx.t("person-unnamed")]));
  if (!recent.length) return [ctx.t("ds-recent-none", { days: RECENT_DAYS })];
  const lines = recent.map((r) => ctx.t("ds-recent-line", { date: formatDate(localDateOf(r.doneAt, ctx.deps.config.TIMEZONE)), teacher: names.get(r.teacherId) ?? "", event: shorten(r.event, 60) }));
  return [ctx.t("ds-recent-title", { days: RECENT_DAYS }), ...lines];
}

export async function districtDashboardScreen(ctx: BotContext, districtId: number, year: SchoolYear): Promise<Screen> {
  const { indicators } = await districtData(ctx, districtId, year);
  const keyboard = new InlineKeyboard();
  const district = (await ctx.deps.store.organisations.byId(districtId))?.name ?? "";
  const t = indicators.total;
  const schools = indicators.schools.length;
  const lines = [
    ctx.t("ds-district-title", { district, year: yearLabel(year) }),
    shareLine(ctx, t),
    ctx.t("ds-staff-known", { known: t.schoolsWithStaff, schools, teachers: t.teachers }),
    ctx.t("ds-total-regulation", { count: t.schoolsWithRegulation, schools }),
    ctx.t("ds-total-vsoko", { count: t.schoolsWithVsoko, schools }),
    ctx.t("ds-recommendations", { issued: t.recommendations, done: t.recommendationsDone }),
    ctx.t("ds-total-jobs", { count: t.schoolsWithJobDescriptions, schools }),
    ctx.t("ds-activities", { done: t.activitiesDone, total: t.activitiesTotal, overdue: t.activitiesOverdue }),
  ];
  if (indicators.deficitMap.length) {
    const top = indicators.deficitMap.slice(0, MAP_AREAS).map((d) => ctx.t("ds-deficit-line", { area: areaName(ctx, d.area), teachers: d.teachers }));
    lines.push("", ctx.t("ds-deficits-title"), ...top);
  }
  yearButtons(keyboard, year, (first) => dashboardButtons.pack("districtYear", districtId, first));
  keyboard.text(ctx.t("home-district-schools", { schools }), homeButtons.pack("districtSchools", districtId, 0)).row();
  if (indicators.deficitMap.length) keyboard.text(ctx.t("ds-deficit-map"), dashboardButtons.pack("deficitMap", districtId, year.first)).row();
  keyboard.text(ctx.t("mr-button"), dashboardButtons.pack("rounds", districtId, year.first, 0)).row();
  keyboard.text(ctx.t("ds-chart"), dashboardButtons.pack("districtChart", districtId, year.first)).text(ctx.t("ds-xlsx"), dashboardButtons.pack("districtWorkbookOf", districtId, year.first)).row();
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

/** The deficit map: for each area, how many teachers of each school have a deficit in it. */
export async function deficitMapScreen(ctx: BotContext, districtId: number, year: SchoolYear): Promise<Screen> {
  const { facts, indicators } = await districtData(ctx, districtId, year);
  const lines = [ctx.t("ds-deficit-map-title")];
  for (const { area, teachers } of indicators.deficitMap) {
    const bySchool = facts.schools
      .map((school) => ({ name: school.name, count: facts.teachers.filter((t) => t.schoolId === school.schoolId && t.deficitAreas?.includes(area)).length }))
      .filter((s) => s.count > 0)
      .map((s) => `${shorten(s.name, 40)} — ${s.count}`);
    lines.push("", ctx.t("ds-deficit-line", { area: areaName(ctx, area), teachers }), ...bySchool.map((line) => `  ${line}`));
  }
  const keyboard = new InlineKeyboard().text(ctx.t("home-back-dashboard"), dashboardButtons.pack("districtYear", districtId, year.first)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

/** The picture of a school (teachers by route status) or of the district (2.4.1 by school). */
export async function sendDashboardChart(ctx: BotContext, kind: "school" | "district", id: number, year: SchoolYear): Promise<void> {
  if (kind === "school") {
    const data = await schoolData(ctx, id, year);
    if (!data) return;
    const s = data.indicators;
    const statuses = ROUTE_STATUSES.filter((status) => s.routesByStatus[status] > 0);
    const values = [Math.max(0, s.teachers - s.teachersWithRoute), ...statuses.map((status) => s.routesByStatus[status])];
    const labels = [ctx.t("ds-no-route"), ...statuses.map((status) => ctx.t(`status-${status}`))];
    const chart = renderBarChart({ title: ctx.t("ds-chart-school", { school: s.name }), labels, values, max: Math.max(1, ...values), integer: true, locale: ctx.user.locale === "en" ? "en" : "ru" });
    await ctx.replyWithPhoto(new InputFile(chart, "school.png"), { caption: `${s.name}, ${yearLabel(year)}` });
    return;
  }
  const { indicators } = await districtData(ctx, id, year);
  const schools = indicators.schools.filter((s) => s.shareWithRoute !== undefined);
  if (!schools.length) return void (await ctx.reply(ctx.t("ds-chart-no-staff")));
  const chart = renderBarChart({ title: ctx.t("ds-chart-district"), labels: schools.map((s) => s.name), values: schools.map((s) => s.shareWithRoute!), max: 100, locale: ctx.user.locale === "en" ? "en" : "ru" });
  await ctx.replyWithPhoto(new InputFile(chart, "district.png"), { caption: `${ctx.t("ds-chart-district")}, ${yearLabel(year)}` });
}

export function yesNo(ctx: BotContext, value: boolean | undefined): string {
  return ctx.t(value === undefined ? "ds-unknown" : value ? "ds-yes" : "ds-no");
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
  keyboard.text(ctx.t("home-back-dashboard"), dashboardButtons.pack("schoolYear", schoolId, currentYear(ctx).first)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  await showScreen(ctx, { text: ctx.t("ds-facts-title", { school: school.name }), keyboard });
}
