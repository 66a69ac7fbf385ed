// Comments without Telegram: who is told, replies stay on their route, a teacher cannot recommend.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { activeRouteOfTeacher, member, storeForEachTest } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { addComment } from "../../src/usecases/comments.js";

const at = new Date("2026-11-26T03:00:00Z");

describe("comments on a route", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, deputy: number, routeId: number, otherRouteId: number;

  beforeEach(async () => {
    store = fresh.store;
    const { schoolId, route, ...people } = await activeRouteOfTeacher(store);
    ({ teacher, deputy } = people);
    routeId = route.id!;
    const colleague = await member(store, 3n, schoolId, "teacher");
    otherRouteId = (await store.routes.create(readyRoute({ teacherId: colleague, schoolId, status: "active" }))).id!;
  });

  it("a deputy's comment on a task goes to the teacher; her reply goes back to the deputy", async () => {
    const comment = await addComment(store, { person: { userId: deputy }, routeId, text: "Добавьте взаимопосещение", taskIndex: 0, at });
    expect(comment.ok && comment.value.recipients).toEqual([teacher]);
    expect(comment.ok && comment.value.taskTitle).toBe("Освоить формирующее оценивание");
    const parentId = comment.ok ? comment.value.commentId : 0;
    const reply = await addComment(store, { person: { userId: teacher }, routeId, text: "Спасибо", parentId, at });
    expect(reply.ok && reply.value.recipients).toEqual([deputy]);
    const stored = await store.routes.comments(routeId);
    expect(stored.map((c) => [c.text, c.parentId])).toEqual([["Добавьте взаимопосещение", null], ["Спасибо", parentId]]);
    expect((await store.audit.byAction("comment_added")).length).toBe(2);
  });

  it("refuses a reply to a comment of another route and a teacher's recommendation", async () => {
    const foreign = await addComment(store, { person: { userId: deputy }, routeId: otherRouteId, text: "Другой маршрут", at });
    const parentId = foreign.ok ? foreign.value.commentId : 0;
    expect(await addComment(store, { person: { userId: teacher }, routeId, text: "Ответ", parentId, at })).toEqual({ ok: false, refusal: { reason: "not_found" } });
    expect(await addComment(store, { person: { userId: teacher }, routeId, text: "Рекомендую себе", recommendation: true, at })).toEqual({ ok: false, refusal: { reason: "not_authorised", action: "route.recommend" } });
  });
});
