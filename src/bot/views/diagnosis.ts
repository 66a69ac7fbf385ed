// The competence profile as a picture (bar per area, the deficit threshold drawn).
import type { BotContext } from "../context.js";
import { renderBarChart } from "../render/chart.js";
import { areaOf, currentFramework, type Locale } from "../../domain/framework.js";
import { DEFAULT_DEFICIT_THRESHOLD, type CompetenceProfile } from "../../domain/diagnostics.js";

const framework = currentFramework;

function localeOf(ctx: BotContext): Locale {
  return ctx.user.locale === "en" ? "en" : "ru";
}

export function profileChart(ctx: BotContext, profile: CompetenceProfile): Buffer {
  const locale = localeOf(ctx);
  return renderBarChart({
    title: ctx.t("diag-chart-title"),
    labels: profile.areas.map((a) => areaOf(framework, a.area)?.name[locale] ?? a.area),
    values: profile.areas.map((a) => a.percent),
    threshold: DEFAULT_DEFICIT_THRESHOLD,
  });
}
