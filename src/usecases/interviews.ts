// The interview on correcting the route after a course (000 §3.2.7, «собеседование по
// корректировке ИОМ»): requested when the teacher marks a course done (mark-activity-done.ts);
// the deputy, director or methodist lists those waiting, agrees a day, and records the outcome —
// and whether the route is to change, in which case the teacher is sent to correct it.
import type { InterviewRecord, Store } from "../data/index.js";
import { authorize } from "../domain/permissions.js";
import type { Route } from "../domain/route.js";
import type { LocalDate } from "../domain/time.js";
import { pageWindow, type PageWindow } from "../domain/work.js";
import { actorFor, refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export const INTERVIEWS_PAGE = 8;

export async function pendingInterviews(store: Store, input: { person: Person; schoolId: number; page: number }): Promise<Outcome<{ items: InterviewRecord[]; window: PageWindow; total: number }>> {
  const districtId = await store.organisations.districtIdOf(input.schoolId);
  const decision = authorize(await actorFor(store, input.person), "school.dashboard", { kind: "school", schoolId: input.schoolId, districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action: "school.dashboard" });
  const total = await store.interviews.countPending(input.schoolId);
  const window = pageWindow(total, input.page, INTERVIEWS_PAGE);
  return done({ items: await store.interviews.pending(input.schoolId, window), window, total });
}

/** The interview with its route, if the person may hold it. */
async function interviewFor(store: Store, person: Person, interviewId: number): Promise<Outcome<{ interview: InterviewRecord; route: Route }>> {
  const interview = await store.interviews.byId(interviewId);
  const route = interview ? await store.routes.byId(interview.routeId) : undefined;
  if (!interview || !route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, person, "route.interview", route);
  return refusal ? refused(refusal) : done({ interview, route });
}

export async function openInterview(store: Store, input: { person: Person; interviewId: number }) {
  return interviewFor(store, input.person, input.interviewId);
}

export async function scheduleInterview(store: Store, input: { person: Person; interviewId: number; day: LocalDate; today: LocalDate; at: Date }): Promise<Outcome<{ interview: InterviewRecord; route: Route }>> {
  const found = await interviewFor(store, input.person, input.interviewId);
  if (!found.ok) return found;
  if (input.day < input.today) return refused({ reason: "not_ready", issues: [{ code: "date_in_past", path: ["day"] }] });
  const audit = { actorId: input.person.userId, action: "interview_scheduled", targetType: "route", targetId: found.value.route.id!, details: { day: input.day } };
  const scheduled = await store.interviews.schedule(input.interviewId, input.day, audit, input.at);
  return scheduled ? done({ interview: { ...found.value.interview, scheduledOn: input.day }, route: found.value.route }) : refused({ reason: "already_recorded" });
}

export async function recordInterview(
  store: Store,
  input: { person: Person; interviewId: number; outcome: string; needsChange?: boolean; at: Date },
): Promise<Outcome<{ interviewId: number; route: Route; needsChange: boolean }>> {
  const found = await interviewFor(store, input.person, input.interviewId);
  if (!found.ok) return found;
  const needsChange = input.needsChange === true;
  const audit = { actorId: input.person.userId, action: "interview_recorded", targetType: "route", targetId: found.value.route.id!, details: { needsChange } };
  const recorded = await store.interviews.record(input.interviewId, { interviewerId: input.person.userId, outcome: input.outcome, needsChange }, audit, input.at);
  return recorded ? done({ interviewId: input.interviewId, route: found.value.route, needsChange }) : refused({ reason: "already_recorded" });
}
