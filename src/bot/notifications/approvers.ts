// Asking the approvers of a route (the deputies, the association head) to decide: a submitted route, or
// corrections of one being carried out. Each approver gets a summary in their own language with
// the decision buttons.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { approvalButtons, correctionButtons, livingButtons, reviewButtons, routeButtons } from "../callback-data/buttons.js";
import { routeTarget } from "../access.js";
import { personName } from "../views/people.js";
import { approversOf } from "../../domain/permissions.js";
import type { PlanChange } from "../../domain/correction.js";
import { formatDate } from "../../domain/time.js";
import type { Route } from "../../domain/route.js";
import type { CorrectionRecord, ReviewRecord, Store } from "../../data/index.js";
import { tell, titleOf, type Translate } from "./tell.js";

export interface SentRef {
  chatId: number;
  messageId: number;
  userId: number;
}

/** Where the approval requests sent for a version of a route are noted (to close them after the decision), by `requestsKey`. */
export function approvalRequests(ctx: BotContext) {
  return approvalRequestsIn(ctx.deps.store);
}

export function approvalRequestsIn(store: Pick<Store, "sessions">) {
  return store.sessions.storage<SentRef[]>("approval");
}

/** The requests about one submitted version of a route are noted together. */
export const requestsKey = (route: { id?: number; version: number }): string => `${route.id}:${route.version}`;

/** Approve or return — or, for the subject association in two-step approval, record the review or return. */
function decisionKeyboard(t: (key: string) => string, route: Route, reviewing: boolean): InlineKeyboard {
  const first = reviewing ? [t("rv-record"), reviewButtons.pack("record", route.id!, route.version)] : [t("ap-approve"), approvalButtons.pack("approve", route.id!, route.version)];
  return new InlineKeyboard()
    .text(first[0]!, first[1]!)
    .text(t("ap-return"), approvalButtons.pack("returnForCorrection", route.id!, route.version))
    .row()
    .text(t("ap-open"), approvalButtons.pack("openInFull", route.id!));
}

/** The people who decide on the teacher's route (her school's deputies, her association head), her school and her name. */
async function whoDecides(ctx: BotContext, route: Route) {
  const store = ctx.deps.store;
  const target = await routeTarget(ctx, route);
  const people = await store.organisations.peopleOfSchool(route.schoolId);
  const approvers = approversOf(target, people);
  const reviewing = target.twoStep === true && target.associationId !== undefined && !target.reviewed;
  return { approvers, reviewing, school: await store.organisations.byId(route.schoolId), teacher: await personName(ctx, route.teacherId) };
}

/** The review line (the association's meeting, the minutes' number and date) with its recommendation. */
export function reviewLine(t: Translate, review: ReviewRecord): string {
  const line = t("rv-line", { number: review.protocolNumber, date: formatDate(review.protocolDate) });
  return review.recommendation ? `${line}\n${t("rv-recommendation", { text: review.recommendation })}` : line;
}

/** Sends the summary to every approver not yet asked about this version; returns how many have it. */
export async function notifyApprovers(ctx: BotContext, route: Route): Promise<number> {
  const store = ctx.deps.store;
  const { approvers, reviewing, school, teacher } = await whoDecides(ctx, route);
  const activities = route.tasks.reduce((sum, task) => sum + task.activities.length, 0);
  const review = route.reviewedAt ? await store.reviews.of(route.id!, route.version) : undefined;
  // Each request is noted as soon as Telegram has it, so a replay after a crash asks only those not yet asked.
  const key = requestsKey(route);
  const sent: SentRef[] = (await approvalRequests(ctx).read(key)) ?? [];
  for (const userId of approvers) {
    if (sent.some((ref) => ref.userId === userId)) continue;
    const message = await tell(ctx, userId, (t) => {
      const summary = t(reviewing ? "rv-summary" : "ap-summary", {
        teacher,
        school: school?.name ?? "",
        title: titleOf(t, route),
        term: route.term ? `${formatDate(route.term.start)} – ${formatDate(route.term.end)}` : "—",
        goal: route.goal ?? "—",
        tasks: route.tasks.map((task, i) => `${i + 1}. ${task.title}`).join("\n"),
        activities,
      });
      return { text: review ? `${summary}\n\n${reviewLine(t, review)}` : summary, keyboard: decisionKeyboard(t, route, reviewing) };
    });
    if (!message) continue;
    sent.push({ chatId: message.chat.id, messageId: message.message_id, userId });
    await approvalRequests(ctx).write(key, sent);
  }
  return sent.length;
}

export function changeLines(t: Translate, changes: PlanChange[]): string {
  return changes
    .map((change) => {
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(change)) if (key !== "kind") params[key] = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(String(value) as never) : String(value);
      return t(`rc-change-${change.kind}`, params);
    })
    .join("\n");
}

/** Sends the changes to every approver of the route; returns how many got them. */
export async function notifyCorrectionApprovers(ctx: BotContext, route: Route, correction: CorrectionRecord, changes: PlanChange[]): Promise<number> {
  const { approvers, school, teacher } = await whoDecides(ctx, route);
  let sent = 0;
  for (const userId of approvers) {
    const message = await tell(ctx, userId, (t) => ({
      text: t("rc-summary", { teacher, school: school?.name ?? "", title: titleOf(t, route), changes: changeLines(t, changes) }),
      keyboard: new InlineKeyboard()
        .text(t("rc-approve"), correctionButtons.pack("approve", correction.id))
        .text(t("rc-return"), correctionButtons.pack("returnWithComment", correction.id))
        .row()
        .text(t("ap-open"), approvalButtons.pack("openInFull", route.id!)),
    }));
    if (message) sent++;
  }
  return sent;
}

/** Tells the teacher what was decided on her route (or on its corrections), with the next step as a button. */
export async function tellTeacherOfDecision(ctx: BotContext, route: Route, decision: { approved: boolean; comment?: string }, keys: { approved: string; returned: string; fix: string }): Promise<void> {
  const decider = await personName(ctx, ctx.user.id);
  await tell(ctx, route.teacherId, (t) => ({
    text: decision.approved ? t(keys.approved, { title: titleOf(t, route), decider }) : t(keys.returned, { title: titleOf(t, route), decider, comment: decision.comment ?? "" }),
    keyboard: decision.approved ? new InlineKeyboard().text(t("lv-open"), livingButtons.pack("open", route.id!)) : new InlineKeyboard().text(t(keys.fix), routeButtons.pack("review", route.id!)),
  }));
}
