import { Scheduler } from "../../src/scheduler/index.js";
import { createLogger } from "../../src/logger.js";
import type { Harness } from "../helpers/harness.js";
import type { Route } from "../../src/domain/route.js";
import { transition } from "../../src/domain/lifecycle.js";
import { planCheckpoints } from "../../src/domain/schedule.js";

export function testScheduler(h: Harness, clock: () => Date, options: { instanceId?: string; ratePerSecond?: number; perChatIntervalMs?: number; sleep?: (ms: number) => Promise<void> } = {}): Scheduler {
  return new Scheduler({
    store: h.app.store,
    api: h.app.schedulerApi,
    i18n: h.app.deps.i18n,
    config: h.app.deps.config,
    logger: createLogger("silent", process.stderr),
    clock,
    ratePerSecond: options.ratePerSecond ?? 10_000,
    perChatIntervalMs: options.perChatIntervalMs ?? 0,
    ...(options.instanceId ? { instanceId: options.instanceId } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}

export interface School {
  districtId: number;
  schoolId: number;
  teacherId: number;
  deputyId: number;
  mentorId: number;
}

export async function seedSchool(h: Harness, ids = { teacher: 7001, deputy: 7002, mentor: 7003 }): Promise<School> {
  const store = h.app.store;
  const district = await store.organisations.createDistrict("Район");
  const school = await store.organisations.createSchool(district.id, "Школа № 1");
  const teacher = await store.users.touch({ telegramId: BigInt(ids.teacher) });
  const deputy = await store.users.touch({ telegramId: BigInt(ids.deputy) });
  const mentor = await store.users.touch({ telegramId: BigInt(ids.mentor) });
  await store.users.setFullName(teacher.id, "Иванова Анна");
  await store.organisations.addMembership({ userId: teacher.id, organisationId: school.id, role: "teacher" });
  await store.organisations.addMembership({ userId: deputy.id, organisationId: school.id, role: "deputy" });
  await store.organisations.addMembership({ userId: mentor.id, organisationId: school.id, role: "mentor" });
  await store.organisations.assignMentor(mentor.id, teacher.id, school.id);
  return { districtId: district.id, schoolId: school.id, teacherId: teacher.id, deputyId: deputy.id, mentorId: mentor.id };
}

/** Stores `route` and takes it through submission and approval at `approvedAt`. */
export async function approvedRoute(h: Harness, route: Route, approvedAt: Date, deciderId: number): Promise<Route> {
  const store = h.app.store;
  const created = await store.routes.create(route);
  const submitted = transition(created, { type: "submit" }, approvedAt);
  await store.routes.changeStatus(created, submitted);
  const approved = transition(submitted, { type: "approve" }, approvedAt);
  await store.routes.decide({ route: submitted, next: approved, deciderId, decision: "approve", at: approvedAt });
  await store.routes.replaceCheckpoints(created.id!, planCheckpoints(approved));
  return (await store.routes.byId(created.id!))!;
}
