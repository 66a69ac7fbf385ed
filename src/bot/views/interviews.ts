// Interviews on correcting the route after a course, as screens: those waiting in a school
// (longest first) and one of them with its course, day and the ways to agree a day or record it.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons, homeButtons, interviewButtons } from "../callback-data/buttons.js";
import { personOf } from "../access.js";
import { shorten } from "../text.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import { showScreen, type Screen } from "./screen.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { showHome } from "./home.js";
import { openInterview, pendingInterviews } from "../../usecases/interviews.js";
import { formatDate, localDateOf } from "../../domain/time.js";

const homeOnly = (ctx: BotContext) => new InlineKeyboard().text(ctx.t("home-back-home"), homeButtons.pack("show"));

type InterviewsTarget = { interview: number } | { page: number } | "home";
interface InterviewsPlace {
  schoolId: number;
  page: number;
}

/** The interviews waiting in a school, longest first, page by page; each opens its screen. */
const interviewList = screenMenu<InterviewsPlace, InterviewsTarget>("il", {
  placeOfPress,
  dataOf: (place) => `${place.schoolId}.${place.page}`,
  draw: (ctx, place) => interviewsScreen(ctx, place.schoolId, place.page),
  go: async (ctx, place, target) =>
    target === "home" ? showHome(ctx) : "page" in target ? showInterviews(ctx, place.schoolId, target.page) : showScreen(ctx, await interviewScreen(ctx, target.interview)),
});
export const interviewsMenu = interviewList.menu;

export function showInterviews(ctx: BotContext, schoolId: number, page: number): Promise<void> {
  return interviewList.show(ctx, { schoolId, page });
}

function placeOfPress(ctx: BotContext): InterviewsPlace | undefined {
  const [schoolId, page] = numbersOf(ctx.match, 2) ?? [];
  return schoolId === undefined ? undefined : { schoolId, page: page! };
}

async function interviewsScreen(ctx: BotContext, schoolId: number, page: number): Promise<KeyedScreen<InterviewsTarget>> {
  const outcome = await pendingInterviews(ctx.deps.store, { person: personOf(ctx), schoolId, page });
  const home: Key<InterviewsTarget>[] = [{ label: ctx.t("home-back-home"), open: "home" }];
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keys: [home] };
  const { items, window, total } = outcome.value;
  const keys: Key<InterviewsTarget>[][] = [];
  for (const interview of items) {
    const when = interview.scheduledOn ? formatDate(interview.scheduledOn) : ctx.t("ci-no-day");
    keys.push([{ label: shorten(`${await personName(ctx, interview.teacherId)} — ${when}`, 60), open: { interview: interview.id } }]);
  }
  keys.push(pagerKeys<InterviewsTarget>(ctx, window, (p) => ({ page: p })), home);
  const body = total ? ctx.t("home-list-page", { page: window.page + 1, pages: window.pages }) : ctx.t("home-list-empty");
  return { text: `${ctx.t("ci-list-title", { count: total })}\n${body}`, keys: keys.filter((row) => row.length > 0) };
}

export async function interviewScreen(ctx: BotContext, interviewId: number): Promise<Screen> {
  const found = await openInterview(ctx.deps.store, { person: personOf(ctx), interviewId });
  if (!found.ok) return { text: await refusalText(ctx, found.refusal), keyboard: homeOnly(ctx) };
  const { interview, route } = found.value;
  const date = (at: Date) => formatDate(localDateOf(at, ctx.deps.config.TIMEZONE));
  const lines = [
    ctx.t("ci-title"),
    ctx.t("ci-teacher", { teacher: await personName(ctx, interview.teacherId), title: shorten(route.title, 80) }),
    ctx.t("ci-course", { event: interview.event || "—", date: date(interview.requestedAt) }),
    interview.scheduledOn ? ctx.t("ci-day", { date: formatDate(interview.scheduledOn) }) : ctx.t("ci-no-day-line"),
  ];
  if (interview.heldAt) lines.push(ctx.t("ci-held", { date: date(interview.heldAt), outcome: interview.outcome ?? "" }));
  const keyboard = new InlineKeyboard();
  if (!interview.heldAt) keyboard.text(ctx.t("ci-schedule"), interviewButtons.pack("schedule", interviewId)).text(ctx.t("ci-record"), interviewButtons.pack("record", interviewId)).row();
  keyboard.text(ctx.t("ci-route"), cardButtons.pack("card", route.id!)).row();
  keyboard.text(ctx.t("ci-back"), interviewButtons.pack("list", route.schoolId, 0)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}
