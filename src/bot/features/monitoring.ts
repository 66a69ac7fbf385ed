// Dashboards: /school for a deputy or director (teachers, route states, share with a route,
// overdue activities, recent activity) and /district for a methodist (all schools side by side
// with the indicators of 000 §2.4; 2, 3 and 5 recorded here as yes/no); both as XLSX too.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { progressOf, showDistrict, showFacts, showSchool } from "../views/dashboards.js";
import { recordSchoolFact } from "../../usecases/schools.js";
import { refusalText } from "../views/refusals.js";
import { pressOf } from "../callback-data/press.js";
import { dashboardButtons } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now, today } from "../clock.js";
import { monitoringXlsx } from "../render/monitoring-xlsx.js";
import { routeCardScreen } from "../views/route-card.js";
import { showScreen } from "../views/screen.js";
import { SCHOOL_FACT_FIELDS } from "../../data/index.js";
import { districtIndicators } from "../../domain/indicators.js";

async function deputySchool(ctx: BotContext): Promise<{ schoolId: number; districtId: number } | undefined> {
  const actor = await actorOf(ctx);
  const m = actor.memberships.find((x) => x.role === "deputy" || x.role === "director");
  return m ? { schoolId: m.organisationId, districtId: m.districtId } : undefined;
}

async function methodistDistrict(ctx: BotContext): Promise<number | undefined> {
  const actor = await actorOf(ctx);
  const m = actor.memberships.find((x) => x.role === "methodist" || x.role === "admin");
  if (m) return m.districtId;
  return actor.isSuperAdmin ? (await ctx.deps.store.organisations.districts())[0]?.id : undefined;
}

export function monitoringFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("school", openSchool);
  composer.command("district", openDistrict);
  composer.callbackQuery(dashboardButtons.filter, onPress);
  return composer;
}

async function openSchool(ctx: BotContext): Promise<unknown> {
  const school = await deputySchool(ctx);
  if (!school) return ctx.reply(ctx.t("error-not-allowed"));
  if (!(await ensureAllowed(ctx, "school.dashboard", { kind: "school", ...school }))) return;
  return showSchool(ctx, school.schoolId);
}

async function openDistrict(ctx: BotContext): Promise<unknown> {
  const districtId = await methodistDistrict(ctx);
  if (districtId === undefined) return ctx.reply(ctx.t("error-not-allowed"));
  if (!(await ensureAllowed(ctx, "district.dashboard", { kind: "district", districtId }))) return;
  return showDistrict(ctx, districtId);
}

async function onPress(ctx: BotContext): Promise<unknown> {
  const press = await pressOf(ctx, dashboardButtons);
  if (!press) return;
  const id = press.values[0];
  if (press.action === "nothing") return ctx.answerCallbackQuery();
  if (press.action === "openRoute") return openRoute(ctx, id);
  if (press.action === "schoolWorkbook" || press.action === "districtWorkbook") return sendWorkbook(ctx, press.action === "schoolWorkbook" ? "school" : "district", id);
  const districtId = await ctx.deps.store.organisations.districtIdOf(id);
  if (!(await ensureAllowed(ctx, "district.record_facts", { kind: "district", districtId }))) return;
  if (press.action === "setFact") return recordFact(ctx, id, press.values[1], press.values[2] === "1");
  await ctx.answerCallbackQuery();
  return showFacts(ctx, id);
}

async function openRoute(ctx: BotContext, routeId: number): Promise<unknown> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
  await ctx.answerCallbackQuery();
  return showScreen(ctx, await routeCardScreen(ctx, route));
}

/** The monitoring workbook of a school or of the whole district. */
async function sendWorkbook(ctx: BotContext, kind: "school" | "district", id: number): Promise<unknown> {
  const store = ctx.deps.store;
  const districtId = kind === "school" ? await store.organisations.districtIdOf(id) : id;
  const allowed =
    kind === "school" ? await ensureAllowed(ctx, "school.export", { kind: "school", schoolId: id, districtId }) : await ensureAllowed(ctx, "district.export", { kind: "district", districtId });
  if (!allowed) return;
  await ctx.answerCallbackQuery();
  const schoolIds = kind === "school" ? [id] : (await store.organisations.schoolsOf(districtId)).map((s) => s.id);
  const facts = await store.monitoring.facts(schoolIds);
  const indicators = districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx));
  const file = await monitoringXlsx(indicators, facts, (key, params) => ctx.t(key, params), progressOf(facts, today(ctx)));
  return ctx.replyWithDocument(new InputFile(file, `monitoring-${today(ctx)}.xlsx`));
}

async function recordFact(ctx: BotContext, schoolId: number, fieldIndex: number, value: boolean): Promise<unknown> {
  const field = SCHOOL_FACT_FIELDS[fieldIndex];
  if (!field) return refuseCallback(ctx);
  const recorded = await recordSchoolFact(ctx.deps.store, { person: personOf(ctx), schoolId, field, value, at: now(ctx) });
  if (!recorded.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, recorded.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  return showFacts(ctx, schoolId);
}
