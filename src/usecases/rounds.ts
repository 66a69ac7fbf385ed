// Monitoring rounds (000 §3.1.4): a methodist records the district's indicators and the teachers'
// deficits at the start and at the end of the school year; the end is read against the start.
import type { RoundRecord, Store } from "../data/index.js";
import { authorize, type Action } from "../domain/permissions.js";
import { districtIndicators, schoolYear } from "../domain/indicators.js";
import { dynamics, type RoundKind, type RoundSnapshot } from "../domain/monitoring.js";
import type { LocalDate } from "../domain/time.js";
import { actorFor, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

async function refusalFor(store: Store, person: Person, action: Action, districtId: number) {
  const decision = authorize(await actorFor(store, person), action, { kind: "district", districtId });
  return decision.allowed ? undefined : { reason: decision.reason, action };
}

export async function takeRound(store: Store, input: { person: Person; districtId: number; year: number; kind: RoundKind; today: LocalDate; at: Date }): Promise<Outcome<{ kind: RoundKind }>> {
  const refusal = await refusalFor(store, input.person, "district.record_facts", input.districtId);
  if (refusal) return refused(refusal);
  const schools = await store.organisations.schoolsOf(input.districtId);
  const facts = await store.monitoring.facts(schools.map((s) => s.id));
  const snapshot: RoundSnapshot = {
    indicators: districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, input.today, schoolYear(input.year)),
    teachers: facts.teachers.map((t) => ({ userId: t.userId, schoolId: t.schoolId, ...(t.associationId ? { associationId: t.associationId } : {}), deficitAreas: t.deficitAreas ?? [] })),
  };
  const audit = { actorId: input.person.userId, action: "monitoring_round_taken", targetType: "district", targetId: input.districtId, details: { year: input.year, kind: input.kind } };
  await store.rounds.save(input.districtId, input.year, input.kind, snapshot, input.person.userId, audit, input.at);
  return done({ kind: input.kind });
}

export async function roundsOfYear(store: Store, input: { person: Person; districtId: number; year: number }): Promise<Outcome<{ rounds: RoundRecord[]; dynamics?: ReturnType<typeof dynamics> }>> {
  const refusal = await refusalFor(store, input.person, "district.dashboard", input.districtId);
  if (refusal) return refused(refusal);
  const rounds = await store.rounds.ofYear(input.districtId, input.year);
  const start = rounds.find((r) => r.kind === "start");
  const end = rounds.find((r) => r.kind === "end");
  return done({ rounds, ...(start && end ? { dynamics: dynamics(start.snapshot, end.snapshot) } : {}) });
}
