// The home screen: what is waiting for this person, the next step first — a teacher's step on
// her route; a deputy's, association head's or mentor's lists of routes; a methodist's district.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { associationButtons, diagnosisButtons, homeButtons, interviewButtons, livingButtons, methodicalButtons, routeButtons } from "../callback-data/buttons.js";
import { personOf } from "../access.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import { showScreen, type Screen } from "./screen.js";
import { homeOf, type DistrictWork, type Home, type SchoolWork } from "../../usecases/work.js";
import type { TeacherStep } from "../../domain/work.js";
import { formatDate, localDateOf } from "../../domain/time.js";

export async function showHome(ctx: BotContext): Promise<void> {
  await showScreen(ctx, await homeScreen(ctx));
}

export async function homeScreen(ctx: BotContext): Promise<Screen> {
  const home = await homeOf(ctx.deps.store, personOf(ctx), today(ctx));
  const keyboard = new InlineKeyboard();
  const waiting = home.teacher?.kind === "wait_for_invite" && !hasOtherWork(home);
  const lines = [waiting ? ctx.t("start-greeting", { name: ctx.from?.first_name ?? "" }) : ctx.t("home-title")];
  if (home.teacher && (waiting || home.teacher.kind !== "wait_for_invite")) lines.push("", teacherPart(ctx, home.teacher, keyboard));
  for (const school of home.schools) lines.push("", schoolPart(ctx, school, keyboard));
  if (home.mentees !== undefined) {
    lines.push("", ctx.t("home-mentees", { count: home.mentees }));
    keyboard.text(ctx.t("home-mentees-button", { count: home.mentees }), homeButtons.pack("list", "mentees", 0, 0)).row();
  }
  for (const district of home.districts) lines.push("", districtPart(ctx, district, keyboard));
  if (home.teacher && home.teacher.kind !== "wait_for_invite") keyboard.text(ctx.t("home-profile"), homeButtons.pack("profile"));
  if (!waiting) keyboard.text(ctx.t("home-settings"), homeButtons.pack("settings"));
  keyboard.text(ctx.t("home-help"), homeButtons.pack("help"));
  return { text: lines.join("\n"), keyboard };
}

function hasOtherWork(home: Home): boolean {
  return home.schools.length > 0 || home.districts.length > 0 || home.mentees !== undefined;
}

/** The teacher's next step as a line and the primary button. */
function teacherPart(ctx: BotContext, step: TeacherStep, keyboard: InlineKeyboard): string {
  const button = (key: string, data: string, params?: Record<string, string | number>) => keyboard.text(ctx.t(key, params), data).row();
  switch (step.kind) {
    case "wait_for_invite":
      return ctx.t("start-no-invite");
    case "fill_history":
      button("home-do-history", homeButtons.pack("profile"));
      return ctx.t("home-step-history");
    case "start_diagnosis":
      button("home-do-diagnosis", diagnosisButtons.pack("start"));
      return ctx.t("home-step-diagnosis", { total: step.total });
    case "continue_diagnosis":
      button("home-do-diagnosis-continue", diagnosisButtons.pack("start"), { answered: step.answered, total: step.total });
      return ctx.t("home-step-diagnosis-continue", { answered: step.answered, total: step.total });
    case "create_route":
      button("home-do-route", routeButtons.pack("startNew"));
      return ctx.t("home-step-route");
    case "continue_draft":
      button("home-do-draft", routeButtons.pack("review", step.routeId));
      return ctx.t("home-step-draft");
    case "fix_returned":
      button("home-do-fix", routeButtons.pack("review", step.routeId));
      return ctx.t("home-step-fix");
    case "wait_for_decision":
      button("home-do-open", livingButtons.pack("open", step.routeId));
      return ctx.t("home-step-waiting", { date: step.since ? formatDate(localDateOf(new Date(step.since), ctx.deps.config.TIMEZONE)) : "" });
    case "mark_done":
      button("home-do-mark", livingButtons.pack("open", step.routeId), { count: step.thisWeek });
      return ctx.t("home-step-mark", { thisWeek: step.thisWeek, overdue: step.overdue });
  }
}

function schoolPart(ctx: BotContext, school: SchoolWork, keyboard: InlineKeyboard): string {
  const { lists } = school;
  const place = school.schoolId;
  if (lists.awaiting !== undefined) keyboard.text(ctx.t(school.reviews ? "home-awaiting-review" : "home-awaiting", { count: lists.awaiting }), homeButtons.pack("list", "awaiting", place, 0)).row();
  if (lists.returned) keyboard.text(ctx.t("home-returned", { count: lists.returned }), homeButtons.pack("list", "returned", place, 0)).row();
  if (lists.overdue) keyboard.text(ctx.t("home-overdue", { count: lists.overdue }), homeButtons.pack("list", "overdue", place, 0)).row();
  if (school.recommendations) keyboard.text(ctx.t("home-school-recommendations", { count: school.recommendations }), methodicalButtons.pack("recommendations", place)).row();
  if (school.interviews) keyboard.text(ctx.t("home-interviews", { count: school.interviews }), interviewButtons.pack("list", place, 0)).row();
  if (lists.association !== undefined) keyboard.text(ctx.t("home-association-routes", { count: lists.association }), homeButtons.pack("list", "association", place, 0)).row();
  if (lists.school !== undefined) keyboard.text(ctx.t("home-school-routes", { count: lists.school }), homeButtons.pack("list", "school", place, 0)).row();
  if (school.dashboard) {
    keyboard.text(ctx.t("home-school-dashboard"), homeButtons.pack("schoolDashboard", place)).row();
    keyboard.text(ctx.t("home-associations"), associationButtons.pack("list", place)).row();
  }
  const head = school.association ? ctx.t("home-school-association", { school: school.name, association: school.association }) : ctx.t("home-school", { school: school.name });
  const summary = lists.awaiting === undefined ? "" : `\n${ctx.t(school.reviews ? "home-awaiting-review-summary" : "home-awaiting-summary", { count: lists.awaiting })}`;
  return `${shorten(head, 200)}${summary}`;
}

function districtPart(ctx: BotContext, district: DistrictWork, keyboard: InlineKeyboard): string {
  if (district.mySchools) keyboard.text(ctx.t("home-my-schools", { count: district.mySchools }), homeButtons.pack("mySchools", district.districtId, 0)).row();
  if (district.assigns) keyboard.text(ctx.t("home-methodists"), methodicalButtons.pack("methodists", district.districtId)).row();
  if (district.recommends) keyboard.text(ctx.t("home-my-recommendations"), methodicalButtons.pack("mine")).row();
  keyboard.text(ctx.t("home-district-schools", { schools: district.schools }), homeButtons.pack("districtSchools", district.districtId, 0)).row();
  keyboard.text(ctx.t("home-district-dashboard"), homeButtons.pack("districtDashboard", district.districtId)).row();
  return ctx.t("home-district", { district: shorten(district.name, 200), schools: district.schools });
}
