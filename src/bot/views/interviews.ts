// Interviews on correcting the route after a course, as screens: those waiting in a school
// (longest first) and one of them with its course, day and the ways to agree a day or record it.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons, homeButtons, interviewButtons } from "../callback-data/buttons.js";
import { personOf } from "../access.js";
import { shorten } from "../text.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import type { Screen } from "./screen.js";
import { pager } from "./worklists.js";
import { openInterview, pendingInterviews } from "../../usecases/interviews.js";
import { formatDate, localDateOf } from "../../domain/time.js";

const homeOnly = (ctx: BotContext) => new InlineKeyboard().text(ctx.t("home-back-home"), homeButtons.pack("show"));

export async function interviewsScreen(ctx: BotContext, schoolId: number, page: number): Promise<Screen> {
  const outcome = await pendingInterviews(ctx.deps.store, { person: personOf(ctx), schoolId, page });
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keyboard: homeOnly(ctx) };
  const { items, window, total } = outcome.value;
  const keyboard = new InlineKeyboard();
  for (const interview of items) {
    const when = interview.scheduledOn ? formatDate(interview.scheduledOn) : ctx.t("ci-no-day");
    keyboard.text(shorten(`${await personName(ctx, interview.teacherId)} — ${when}`, 60), interviewButtons.pack("open", interview.id)).row();
  }
  pager(ctx, keyboard, window, (p) => interviewButtons.pack("list", schoolId, p));
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
  const body = total ? ctx.t("home-list-page", { page: window.page + 1, pages: window.pages }) : ctx.t("home-list-empty");
  return { text: `${ctx.t("ci-list-title", { count: total })}\n${body}`, keyboard };
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
