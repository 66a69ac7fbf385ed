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
import { showRouteForSupporter } from "../views/supporter.js";
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

  composer.command("school", async (ctx) => {
    const school = await deputySchool(ctx);
    if (!school) return ctx.reply(ctx.t("error-not-allowed"));
    if (!(await ensureAllowed(ctx, "school.dashboard", { kind: "school", ...school }))) return;
    return showSchool(ctx, school.schoolId);
  });

  composer.command("district", async (ctx) => {
    const districtId = await methodistDistrict(ctx);
    if (districtId === undefined) return ctx.reply(ctx.t("error-not-allowed"));
    if (!(await ensureAllowed(ctx, "district.dashboard", { kind: "district", districtId }))) return;
    return showDistrict(ctx, districtId);
  });

  composer.callbackQuery(dashboardButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, dashboardButtons);
    if (!press) return;
    const store = ctx.deps.store;
    const id = press.values[0];
    if (press.action === "nothing") return ctx.answerCallbackQuery();
    if (press.action === "openRoute") {
      const route = await store.routes.byId(id);
      if (!route) return refuseCallback(ctx);
      if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
      await ctx.answerCallbackQuery();
      return showRouteForSupporter(ctx, route);
    }
    if (press.action === "schoolWorkbook" || press.action === "districtWorkbook") {
      const isSchool = press.action === "schoolWorkbook";
      const districtId = isSchool ? await store.organisations.districtIdOf(id) : id;
      const allowed = isSchool
        ? await ensureAllowed(ctx, "school.export", { kind: "school", schoolId: id, districtId })
        : await ensureAllowed(ctx, "district.export", { kind: "district", districtId });
      if (!allowed) return;
      await ctx.answerCallbackQuery();
      const schoolIds = isSchool ? [id] : (await store.organisations.schoolsOf(districtId)).map((s) => s.id);
      const facts = await store.monitoring.facts(schoolIds);
      const indicators = districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx));
      const file = await monitoringXlsx(indicators, facts, (key, params) => ctx.t(key, params), progressOf(facts, today(ctx)));
      return ctx.replyWithDocument(new InputFile(file, `monitoring-${today(ctx)}.xlsx`));
    }
    const schoolId = id;
    const districtId = await store.organisations.districtIdOf(schoolId);
    if (!(await ensureAllowed(ctx, "district.record_facts", { kind: "district", districtId }))) return;
    if (press.action === "setFact") {
      const field = SCHOOL_FACT_FIELDS[press.values[1]];
      if (!field) return refuseCallback(ctx);
      const value = press.values[2] === "1";
      const recorded = await recordSchoolFact(store, { person: personOf(ctx), schoolId, field, value, at: now(ctx) });
      if (!recorded.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, recorded.refusal), show_alert: true });
      await ctx.answerCallbackQuery({ text: ctx.t("saved") });
      return showFacts(ctx, schoolId);
    }
    await ctx.answerCallbackQuery();
    return showFacts(ctx, schoolId);
  });

  return composer;
}
