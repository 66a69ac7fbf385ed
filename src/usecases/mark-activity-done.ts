// A teacher marks an activity of her route done, with or without evidence (002 §4.2). A course
// finished asks the school's deputies for the correction interview (000 §3.2.7): requested with
// the mark, and queued for delivery once per interview however often the mark is repeated.
import { outboxKey, type Store } from "../data/index.js";
import { allActivities, type Evidence } from "../domain/route.js";
import { COURSE_KINDS } from "../domain/vocabulary.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export interface MarkActivityDoneInput {
  person: Person;
  routeId: number;
  activityId: number;
  evidence?: Evidence;
  at: Date;
}

export async function markActivityDone(store: Store, input: MarkActivityDoneInput): Promise<Outcome<{ event: string; interviewId?: number }>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.progress", route);
  if (refusal) return refused(refusal);
  const activity = allActivities(route).find((a) => a.id === input.activityId);
  if (!activity) return refused({ reason: "not_found" });
  const isCourse = activity.kind !== undefined && COURSE_KINDS.includes(activity.kind);
  const { interview } = await store.routes.markActivityDone(input.activityId, input.evidence, input.at, {
    audit: { actorId: input.person.userId, action: "activity_done", targetType: "activity", targetId: input.activityId },
    ...(isCourse ? { interviewOn: route.id! } : {}),
  });
  if (interview) await askDeputies(store, route.schoolId, route.id!, interview, activity.event);
  return done({ event: activity.event, ...(interview ? { interviewId: interview.id } : {}) });
}

async function askDeputies(store: Store, schoolId: number, routeId: number, interview: { id: number; requestedAt: Date }, event: string): Promise<void> {
  const deputies = await store.users.byIds(await store.organisations.membersWithRole(schoolId, "deputy"));
  await store.outbox.enqueue(
    deputies.map((deputy) => ({
      // Keyed by the interview and the time it was requested: a repeated mark queues nothing new.
      key: outboxKey(deputy.id, "correction_interview", `interview:${interview.id}`, interview.requestedAt),
      userId: deputy.id,
      chatId: deputy.telegramId,
      kind: "correction_interview",
      payload: { routeId, interviewId: interview.id, event },
      dueAt: interview.requestedAt,
    })),
  );
}
