// Comments on a route (002 §4.2) and the methodical service's targeted recommendations
// (000 §2.4.4): written by whoever may, on the route or one of its tasks, as a reply or not;
// the answer names who is to be told.
import type { Store } from "../data/index.js";
import type { Route } from "../domain/route.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export interface AddCommentInput {
  person: Person;
  routeId: number;
  text: string;
  /** Index of the task the comment is about, if any. */
  taskIndex?: number;
  /** The comment this one answers, if any (it must be on the same route). */
  parentId?: number;
  recommendation?: boolean;
  at: Date;
}

export interface AddedComment {
  commentId: number;
  route: Route;
  taskTitle?: string;
  /** The teacher, for a comment by someone else; for the teacher's own, whom she answers (or the deputies). */
  recipients: number[];
}

export async function addComment(store: Store, input: AddCommentInput): Promise<Outcome<AddedComment>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  const recommendation = input.recommendation === true;
  const refusal = await refusalOn(store, input.person, recommendation ? "route.recommend" : "route.comment", route);
  if (refusal) return refused(refusal);
  const task = input.taskIndex !== undefined && input.taskIndex >= 0 ? route.tasks[input.taskIndex] : undefined;
  const parent = input.parentId ? (await store.routes.comments(route.id!)).find((c) => c.id === input.parentId) : undefined;
  if (input.parentId && !parent) return refused({ reason: "not_found" });
  const commentId = await store.routes.addComment({
    routeId: route.id!,
    taskId: task?.id ?? null,
    authorId: input.person.userId,
    text: input.text,
    isRecommendation: recommendation,
    ...(parent ? { parentId: parent.id } : {}),
    audit: { actorId: input.person.userId, action: recommendation ? "recommendation_added" : "comment_added", targetType: "route", targetId: route.id! },
    at: input.at,
  });
  const byTeacher = input.person.userId === route.teacherId;
  const recipients = !byTeacher ? [route.teacherId] : parent?.authorId ? [parent.authorId] : await store.organisations.membersWithRole(route.schoolId, "deputy");
  return done({ commentId, route, ...(task ? { taskTitle: task.title } : {}), recipients });
}

/**
 * The teacher marks a recommendation made to her accepted or carried out (000 §2.4.4 counts those
 * carried out); the author is to be told.
 */
export async function markRecommendation(
  store: Store,
  input: { person: Person; recommendationId: number; status: "accepted" | "done"; at: Date },
): Promise<Outcome<{ authorId: number | null; route: Route; text: string }>> {
  const recommendation = await store.recommendations.byId(input.recommendationId);
  const route = recommendation ? await store.routes.byId(recommendation.routeId) : undefined;
  if (!recommendation || !route) return refused({ reason: "not_found" });
  if (route.teacherId !== input.person.userId) return refused({ reason: "not_authorised", action: "route.comment" });
  const audit = { actorId: input.person.userId, action: `recommendation_${input.status}`, targetType: "route", targetId: route.id! };
  const moved = await store.recommendations.advance(recommendation.id, input.status, input.at, audit);
  if (!moved) return refused({ reason: "already_marked" });
  return done({ authorId: recommendation.authorId, route, text: recommendation.text });
}
