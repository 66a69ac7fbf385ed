import { afterEach, describe, expect, it } from "vitest";
import { createStore, openDatabase, type Database, type Store } from "../../src/data/index.js";
import { transition } from "../../src/domain/lifecycle.js";
import { freshDatabase, providers, type TestDatabase } from "../helpers/databases.js";
import { readyRoute, task } from "../helpers/routes.js";
import { routesRepository } from "../../src/data/routes.js";

describe.each(providers)("repositories on %s", (provider) => {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await test?.drop();
    database = undefined;
  });

  async function setup(): Promise<{ store: Store; teacher: number; deputy: number; school: number; district: number }> {
    test = await freshDatabase(provider);
    database = await openDatabase(test.url);
    const store = createStore(database);
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа № 1");
    const teacher = (await store.users.touch({ telegramId: 7001n })).id;
    const deputy = (await store.users.touch({ telegramId: 7002n })).id;
    return { store, teacher, deputy, school: school.id, district: district.id };
  }

  it("stores a route with its content and reads it back unchanged", async () => {
    const { store, teacher, school } = await setup();
    const route = readyRoute({ teacherId: teacher, schoolId: school, history: { fullName: "Иванова Анна", teachingYears: 12 } });
    const saved = await store.routes.create(route);
    const { id: _id, ...content } = saved;
    expect(saved.id).toBeGreaterThan(0);
    expect(content.tasks[0]!.activities[0]).toMatchObject({ event: route.tasks[0]!.activities[0]!.event, date: "2027-02-10", status: "planned" });
    expect(content.term).toEqual(route.term);
    expect(content.history).toEqual(route.history);
    expect(content.broadcasts[0]).toMatchObject(route.broadcasts[0]!);
    expect((await store.routes.currentOf(teacher))!.id).toBe(saved.id);
  });

  it("reads a route the same through the driver lane (SQLite) as through the client: every section, dates, evidence", async () => {
    const { store, teacher, school, deputy } = await setup();
    const saved = await store.routes.create(readyRoute({ teacherId: teacher, schoolId: school, history: { fullName: "Иванова Анна", teachingYears: 12 }, tasks: [task(), task({ title: "Второе" })] }));
    const submitted = transition(saved, { type: "submit" }, new Date("2026-09-10T08:00:00Z"));
    await store.routes.changeStatus(saved, submitted);
    const approved = transition(submitted, { type: "approve" }, new Date("2026-09-12T08:00:00Z"));
    await store.routes.decide({ route: submitted, next: approved, deciderId: deputy, decision: "approve", at: new Date("2026-09-12T08:00:00Z"), checkpoints: [{ kind: "quarterly", dueDate: "2026-12-20" }, { kind: "half_year", dueDate: "2027-03-20" }] });
    const activityId = saved.tasks[1]!.activities[0]!.id!;
    await store.routes.markActivityDone(activityId, { kind: "link", url: "https://school.example/lesson" } as never, new Date("2027-02-11T10:00:00Z"));
    await store.routes.addProduct(saved.id!, { kind: "lesson_plan", title: "Технологическая карта", link: "https://school.example/plan", taskId: saved.tasks[0]!.id!, createdAt: "2027-02-12" } as never);
    await store.routes.addReflection(saved.id!, teacher, { kind: "half_year", fact: "Освоила критерии", selfAssessment: 4, createdAt: "2027-01-20" });
    const throughClient = routesRepository(database!.prisma, database!.lane, "postgresql");
    const read = await store.routes.byId(saved.id!);
    expect(read).toEqual(await throughClient.byId(saved.id!));
    expect(read!.checkpoints.map((c) => c.dueDate)).toEqual(["2026-12-20", "2027-03-20"]);
    expect(read!.tasks.map((t) => t.title)).toEqual(["Освоить формирующее оценивание", "Второе"]);
    expect(read!.reflections).toHaveLength(1);
    expect(read!.products).toHaveLength(1);
    expect(await store.routes.byId(999_999)).toBeUndefined();
  });

  it("reads organisations, roles and mentees through the driver lane as the client would", async () => {
    const { store, teacher, deputy, school, district } = await setup();
    await store.monitoring.setSchoolFact(school, "hasCpdRegulation", true);
    await store.monitoring.setSchoolFact(school, "monitoringInVsoko", false);
    expect(await store.organisations.byId(school)).toEqual(await database!.prisma.organisation.findUnique({ where: { id: school } }));
    expect(await store.organisations.byId(district)).toEqual(await database!.prisma.organisation.findUnique({ where: { id: district } }));
    expect(await store.organisations.byId(999_999)).toBeNull();
    const association = await store.organisations.association(school, "ШМО математики");
    await store.organisations.addMembership({ userId: teacher, organisationId: school, role: "teacher", associationId: association.id });
    await store.organisations.addMembership({ userId: deputy, organisationId: school, role: "deputy" });
    await store.organisations.addMembership({ userId: deputy, organisationId: district, role: "methodist" });
    expect(await store.organisations.membershipsOf(teacher)).toEqual([{ role: "teacher", organisationId: school, districtId: district, associationId: association.id }]);
    expect(await store.organisations.membershipsOf(deputy)).toEqual([
      { role: "deputy", organisationId: school, districtId: district },
      { role: "methodist", organisationId: district, districtId: district },
    ]);
    await store.organisations.assignMentor(deputy, teacher, school);
    expect(await store.organisations.menteesOf(deputy)).toEqual([teacher]);
  });

  it("reads a route's comments through the driver lane as the client would: flags, dates, answers, erased authors", async () => {
    const { store, teacher, deputy, school } = await setup();
    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId: school }));
    const taskId = route.tasks[0]!.id!;
    const first = await store.routes.addComment({ routeId: route.id!, authorId: deputy, text: "Уточните сроки", at: new Date("2026-10-01T09:00:00Z") });
    await store.routes.addComment({ routeId: route.id!, taskId, authorId: deputy, text: "Посетите семинар", isRecommendation: true, at: new Date("2026-10-02T09:00:00Z") });
    await store.routes.addComment({ routeId: route.id!, authorId: teacher, text: "Исправила", parentId: first, at: new Date("2026-10-03T09:00:00Z") });
    await database!.prisma.comment.updateMany({ where: { authorId: teacher }, data: { authorId: null } });
    const read = await store.routes.comments(route.id!);
    expect(read).toEqual(await database!.prisma.comment.findMany({ where: { routeId: route.id! }, orderBy: { id: "asc" } }));
    expect(read.map((c) => [c.text, c.isRecommendation, c.taskId, c.parentId, c.authorId])).toEqual([
      ["Уточните сроки", false, null, null, deputy],
      ["Посетите семинар", true, taskId, null, deputy],
      ["Исправила", false, null, first, null],
    ]);
    expect(read[1]!.createdAt).toEqual(new Date("2026-10-02T09:00:00Z"));
    expect(await store.routes.comments(999_999)).toEqual([]);
  });

  it("lets exactly one of two simultaneous decisions through", async () => {
    const { store, teacher, school, deputy } = await setup();
    const saved = await store.routes.create(readyRoute({ teacherId: teacher, schoolId: school }));
    const submitted = transition(saved, { type: "submit" }, new Date());
    expect(await store.routes.changeStatus(saved, submitted)).toBe(true);
    expect(await store.routes.changeStatus(saved, submitted)).toBe(false);
    const at = new Date();
    const approve = transition(submitted, { type: "approve" }, at);
    const giveBack = transition(submitted, { type: "return", comment: "Уточните сроки" }, at);
    const results = await Promise.all([
      store.routes.decide({ route: submitted, next: approve, deciderId: deputy, decision: "approve", at }),
      store.routes.decide({ route: submitted, next: giveBack, deciderId: deputy, decision: "return", comment: "Уточните сроки", at }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const decision = await store.routes.decisionOf(saved.id!, submitted.version);
    expect((await store.routes.byId(saved.id!))!.status).toBe(decision!.decision === "approve" ? "approved" : "returned");
  });

  it("writes a decision with its stamps, comment, checkpoints (answered ones kept) and audit, or nothing when the route moved on", async () => {
    const { store, teacher, school, deputy } = await setup();
    const saved = await store.routes.create(readyRoute({ teacherId: teacher, schoolId: school }));
    const submitted = transition(saved, { type: "submit" }, new Date("2026-09-10T08:00:00Z"));
    await store.routes.changeStatus(saved, submitted);
    await store.routes.replaceCheckpoints(saved.id!, [{ kind: "quarterly", dueDate: "2026-12-20" }, { kind: "quarterly", dueDate: "2027-03-20" }]);
    const answered = (await store.routes.byId(saved.id!))!.checkpoints.find((c) => c.dueDate === "2026-12-20")!;
    expect(await store.routes.answerCheckpoint(answered.id!, "Всё по плану", new Date("2026-09-11T08:00:00Z"))).toBe(true);
    const read = (await store.routes.byId(saved.id!))!;
    const at = new Date("2026-09-12T09:30:00Z");
    const stale = { ...read, version: read.version + 1 };
    const planned = [{ kind: "quarterly" as const, dueDate: "2026-12-20" }, { kind: "half_year" as const, dueDate: "2027-01-15" }];
    const audit = { actorId: deputy, action: "route_approve", targetType: "route", targetId: saved.id!, details: { version: read.version } };
    expect(await store.routes.decide({ route: stale, next: transition(read, { type: "approve" }, at), deciderId: deputy, decision: "approve", checkpoints: planned, audit, at })).toBe(false);
    expect(await store.routes.decisionOf(saved.id!, stale.version)).toBeUndefined();
    expect(await store.audit.byAction("route_approve")).toHaveLength(0);

    const next = transition(read, { type: "return", comment: "Уточните сроки" }, at);
    expect(await store.routes.decide({ route: read, next, deciderId: deputy, decision: "return", comment: "Уточните сроки", checkpoints: planned, audit, at })).toBe(true);
    expect(await store.routes.decisionOf(saved.id!, read.version)).toEqual({ routeId: saved.id!, routeVersion: read.version, deciderId: deputy, decision: "return", comment: "Уточните сроки", createdAt: at });
    const after = (await store.routes.byId(saved.id!))!;
    expect(after).toMatchObject({ status: "returned", submittedAt: submitted.submittedAt });
    expect(after.checkpoints.map((c) => [c.kind, c.dueDate, c.answer])).toEqual([
      ["quarterly", "2026-12-20", "Всё по плану"],
      ["half_year", "2027-01-15", undefined],
    ]);
    expect((await store.routes.lastReturn(saved.id!))?.comment).toBe("Уточните сроки");
    expect(await store.audit.byAction("route_approve")).toMatchObject([{ actorId: deputy, targetId: String(saved.id), details: JSON.stringify({ version: read.version }), createdAt: at }]);
  });

  it("keeps the educational history answer by answer: texts, numbers, a date, an answer taken back", async () => {
    const { store, teacher } = await setup();
    expect(await store.profiles.history(teacher)).toEqual({});
    await store.profiles.saveField(teacher, "fullName", "Иванова Анна Петровна");
    await store.profiles.saveField(teacher, "position", "учитель физики");
    await store.profiles.saveField(teacher, "teachingYears", 12);
    await store.profiles.saveField(teacher, "lastAttestationDate", "2024-04-15");
    await store.profiles.saveField(teacher, "qualificationCategory", "first");
    await store.profiles.saveField(teacher, "position", undefined);
    expect(await store.profiles.history(teacher)).toEqual({ fullName: "Иванова Анна Петровна", teachingYears: 12, lastAttestationDate: "2024-04-15", qualificationCategory: "first" });
    expect((await store.users.byId(teacher))?.fullName).toBe("Иванова Анна Петровна");
  });

  it("redeems an invite within its limits", async () => {
    const { store, teacher, deputy, school } = await setup();
    const now = new Date("2026-11-26T10:00:00Z");
    const single = await store.organisations.createInvite({ organisationId: school, role: "teacher", maxUses: 1, expiresAt: new Date("2026-12-26T00:00:00Z") });
    expect(single.code.length).toBeGreaterThanOrEqual(22);
    expect((await store.organisations.redeemInvite(single.code, teacher, now)).status).toBe("ok");
    expect((await store.organisations.redeemInvite(single.code, teacher, now)).status).toBe("ok");
    expect((await store.organisations.redeemInvite(single.code, deputy, now)).status).toBe("used_up");
    expect((await store.organisations.membershipsOf(teacher)).map((m) => m.role)).toEqual(["teacher"]);
    const expired = await store.organisations.createInvite({ organisationId: school, role: "deputy", expiresAt: new Date("2026-11-01T00:00:00Z") });
    expect((await store.organisations.redeemInvite(expired.code, deputy, now)).status).toBe("expired");
    const revoked = await store.organisations.createInvite({ organisationId: school, role: "deputy", expiresAt: new Date("2027-01-01T00:00:00Z") });
    await store.organisations.revokeInvite(revoked.id, now);
    expect((await store.organisations.redeemInvite(revoked.code, deputy, now)).status).toBe("revoked");
    expect((await store.organisations.redeemInvite("nope", deputy, now)).status).toBe("not_found");
  });

  it("counts each of many people redeeming one invite at the same moment, up to its limit", async () => {
    const { store, school } = await setup();
    const now = new Date("2026-11-26T10:00:00Z");
    const invite = await store.organisations.createInvite({ organisationId: school, role: "teacher", maxUses: 12, expiresAt: new Date("2026-12-26T00:00:00Z") });
    const people = await Promise.all(Array.from({ length: 15 }, (_, i) => store.users.touch({ telegramId: BigInt(880_000 + i) })));
    const results = await Promise.all(people.map((person) => store.organisations.redeemInvite(invite.code, person.id, now)));
    expect(results.filter((r) => r.status === "ok")).toHaveLength(12);
    expect(results.filter((r) => r.status === "used_up")).toHaveLength(3);
  });

  it("keeps self-diagnosis answers one by one", async () => {
    const { store, teacher } = await setup();
    const open = await store.diagnostics.openSelf(teacher, "2026.1");
    await store.diagnostics.setAnswer(open.id, "subject.1", 2);
    await store.diagnostics.setAnswer(open.id, "subject.2", 3);
    await store.diagnostics.setAnswer(open.id, "subject.2", undefined);
    const again = await store.diagnostics.openSelf(teacher, "2026.1");
    expect(again.id).toBe(open.id);
    expect(again.answers).toEqual({ "subject.1": 2 });
  });
});
