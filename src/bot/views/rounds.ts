// The monitoring rounds of a school year as one screen: when the start and the end were recorded,
// and, once both are, the year's dynamics for the district and each school (paged).
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { dashboardButtons, homeButtons } from "../callback-data/buttons.js";
import { actorOf, personOf } from "../access.js";
import { shorten } from "../text.js";
import { percent } from "./numbers.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import { pageLines } from "./route-sections.js";
import type { Screen } from "./screen.js";
import { pager } from "./worklists.js";
import { yearLabel } from "./dashboards.js";
import { roundsOfYear } from "../../usecases/rounds.js";
import { ROUND_KINDS, type Dynamics } from "../../domain/monitoring.js";
import { schoolYear } from "../../domain/indicators.js";
import { can } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { pageWindow } from "../../domain/work.js";

export async function roundsScreen(ctx: BotContext, districtId: number, year: number, page: number): Promise<Screen> {
  const outcome = await roundsOfYear(ctx.deps.store, { person: personOf(ctx), districtId, year });
  const keyboard = new InlineKeyboard();
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keyboard: keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show")) };
  const { rounds } = outcome.value;
  const lines: string[] = [];
  for (const kind of ROUND_KINDS) {
    const round = rounds.find((r) => r.kind === kind);
    const when = round ? ctx.t("mr-taken", { date: formatDate(localDateOf(round.takenAt, ctx.deps.config.TIMEZONE)), by: await personName(ctx, round.takenById) }) : ctx.t("mr-not-taken");
    lines.push(`${ctx.t(`mr-${kind}`)}: ${when}`);
  }
  if (outcome.value.dynamics) {
    const { district, schools } = outcome.value.dynamics;
    lines.push("", ctx.t("mr-dynamics-title"), ...dynamicsLines(ctx, district), "", ctx.t("mr-by-school"));
    for (const school of schools) lines.push(ctx.t("mr-school-line", { school: shorten(school.name, 50), from: school.teachersWithRoute.start, to: school.teachersWithRoute.end, closed: school.deficitsClosed, deficits: school.deficitsAtStart }));
  } else lines.push("", ctx.t("mr-dynamics-later"));
  const pages = pageLines(lines);
  const window = pageWindow(pages.length, page, 1);
  if (can(await actorOf(ctx), "district.record_facts", { kind: "district", districtId })) {
    for (const kind of ROUND_KINDS) {
      const taken = rounds.some((r) => r.kind === kind);
      keyboard.text(ctx.t(taken ? `mr-retake-${kind}` : `mr-take-${kind}`), dashboardButtons.pack("takeRound", districtId, year, kind)).row();
    }
  }
  pager(ctx, keyboard, window, (p) => dashboardButtons.pack("rounds", districtId, year, p));
  keyboard.text(`◀ ${yearLabel(schoolYear(year - 1))}`, dashboardButtons.pack("rounds", districtId, year - 1, 0)).text(`${yearLabel(schoolYear(year + 1))} ▶`, dashboardButtons.pack("rounds", districtId, year + 1, 0)).row();
  keyboard.text(ctx.t("home-back-dashboard"), dashboardButtons.pack("districtYear", districtId, year)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: [ctx.t("mr-title", { year: yearLabel(schoolYear(year)) }), ...pages[window.page]!].join("\n"), keyboard };
}

function dynamicsLines(ctx: BotContext, d: Dynamics): string[] {
  const lines: string[] = [];
  if (d.shareWithRoute) lines.push(ctx.t("mr-share", { from: percent(ctx, d.shareWithRoute.start), to: percent(ctx, d.shareWithRoute.end) }));
  lines.push(
    ctx.t("mr-with-route", { from: d.teachersWithRoute.start, to: d.teachersWithRoute.end }),
    ctx.t("mr-activities", { from: d.activitiesDone.start, to: d.activitiesDone.end }),
    ctx.t("mr-deficits", { closed: d.deficitsClosed, deficits: d.deficitsAtStart }),
    ctx.t("mr-recommendations", { from: d.recommendationsDone.start, to: d.recommendationsDone.end }),
  );
  return lines;
}
