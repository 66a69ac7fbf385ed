// The monitoring rounds of a school year as one screen: when the start and the end were recorded,
// and, once both are, the year's dynamics for the district and each school (paged).
import type { BotContext } from "../context.js";
import { dashboardButtons } from "../callback-data/buttons.js";
import { actorOf, personOf } from "../access.js";
import { shorten } from "../text.js";
import { percent } from "./numbers.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import { pageLines } from "./route-sections.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { showHome } from "./home.js";
import { yearLabel } from "./dashboards.js";
import { roundsOfYear } from "../../usecases/rounds.js";
import { ROUND_KINDS, type Dynamics } from "../../domain/monitoring.js";
import { schoolYear } from "../../domain/indicators.js";
import { can } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { pageWindow } from "../../domain/work.js";

type RoundsTarget = { year: number; page: number } | "home";
interface RoundsPlace {
  districtId: number;
  year: number;
  page: number;
}

const roundsOfTheYear = screenMenu<RoundsPlace, RoundsTarget>("rn", {
  placeOfPress: roundsPlaceOfPress,
  dataOf: (place) => [place.districtId, place.year, place.page].join("."),
  draw: roundsScreen,
  go: (ctx, place, target) => (target === "home" ? showHome(ctx) : showRounds(ctx, place.districtId, target.year, target.page)),
});
export const roundsMenu = roundsOfTheYear.menu;

export function showRounds(ctx: BotContext, districtId: number, year: number, page: number): Promise<void> {
  return roundsOfTheYear.show(ctx, { districtId, year, page });
}

function roundsPlaceOfPress(ctx: BotContext): RoundsPlace | undefined {
  const [districtId, year, page] = numbersOf(ctx.match, 3) ?? [];
  return districtId === undefined || year! < 2000 || year! > 2100 ? undefined : { districtId, year: year!, page: page! };
}

async function roundsScreen(ctx: BotContext, { districtId, year, page }: RoundsPlace): Promise<KeyedScreen<RoundsTarget>> {
  const outcome = await roundsOfYear(ctx.deps.store, { person: personOf(ctx), districtId, year });
  const home: Key<RoundsTarget> = { label: ctx.t("home-back-home"), open: "home" };
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keys: [[home]] };
  const { rounds } = outcome.value;
  const pages = pageLines(await roundLines(ctx, outcome.value));
  const window = pageWindow(pages.length, page, 1);
  const keys: Key<RoundsTarget>[][] = [];
  if (can(await actorOf(ctx), "district.record_facts", { kind: "district", districtId })) {
    for (const kind of ROUND_KINDS) keys.push([{ label: ctx.t(rounds.some((r) => r.kind === kind) ? `mr-retake-${kind}` : `mr-take-${kind}`), data: dashboardButtons.pack("takeRound", districtId, year, kind) }]);
  }
  keys.push(
    pagerKeys<RoundsTarget>(ctx, window, (p) => ({ year, page: p })),
    [
      { label: `◀ ${yearLabel(schoolYear(year - 1))}`, open: { year: year - 1, page: 0 } },
      { label: `${yearLabel(schoolYear(year + 1))} ▶`, open: { year: year + 1, page: 0 } },
    ],
    [{ label: ctx.t("home-back-dashboard"), data: dashboardButtons.pack("districtYear", districtId, year) }, home],
  );
  return { text: [ctx.t("mr-title", { year: yearLabel(schoolYear(year)) }), ...pages[window.page]!].join("\n"), keys: keys.filter((row) => row.length > 0) };
}

/** When each round was taken and by whom; the year's dynamics once both are. */
async function roundLines(ctx: BotContext, { rounds, dynamics }: Extract<Awaited<ReturnType<typeof roundsOfYear>>, { ok: true }>["value"]): Promise<string[]> {
  const lines: string[] = [];
  for (const kind of ROUND_KINDS) {
    const round = rounds.find((r) => r.kind === kind);
    const when = round ? ctx.t("mr-taken", { date: formatDate(localDateOf(round.takenAt, ctx.deps.config.TIMEZONE)), by: await personName(ctx, round.takenById) }) : ctx.t("mr-not-taken");
    lines.push(`${ctx.t(`mr-${kind}`)}: ${when}`);
  }
  if (!dynamics) return [...lines, "", ctx.t("mr-dynamics-later")];
  lines.push("", ctx.t("mr-dynamics-title"), ...dynamicsLines(ctx, dynamics.district), "", ctx.t("mr-by-school"));
  for (const school of dynamics.schools) lines.push(ctx.t("mr-school-line", { school: shorten(school.name, 50), from: school.teachersWithRoute.start, to: school.teachersWithRoute.end, closed: school.deficitsClosed, deficits: school.deficitsAtStart }));
  return lines;
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
