// The route's reflective milestones (002 §4.3): the half-year analysis, which compares results
// with what was expected and is the basis for corrections, and the final reflection, which
// completes the route and seeds the next one from it. Each written in one transaction with its
// audit record.
import type { EducationalHistory } from "../domain/route.js";
import type { Store } from "../data/index.js";
import { transition } from "../domain/lifecycle.js";
import type { Reflection, Route, Term } from "../domain/route.js";
import { nextRoute } from "../domain/succession.js";
import type { LocalDate } from "../domain/time.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

async function routeToReflect(store: Store, person: Person, routeId: number): Promise<Outcome<Route>> {
  const route = await store.routes.byId(routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, person, "route.reflect", route);
  return refusal ? refused(refusal) : done(route);
}

export interface HalfYearInput {
  person: Person;
  routeId: number;
  /** What was done, task by task, in the route's order. */
  facts: string[];
  corrections: string;
  at: Date;
  today: LocalDate;
}

export async function completeHalfYearAnalysis(store: Store, input: HalfYearInput): Promise<Outcome<{ routeId: number }>> {
  const found = await routeToReflect(store, input.person, input.routeId);
  if (!found.ok) return found;
  const route = found.value;
  const reflection: Reflection = {
    kind: "half_year",
    fact: route.tasks.map((t, i) => `${i + 1}. ${t.title}: ${input.facts[i] ?? "—"}`).join("\n"),
    expected: route.tasks.map((t, i) => `${i + 1}. ${t.expectedResult ?? "—"}`).join("\n"),
    corrections: input.corrections,
    createdAt: input.at.toISOString(),
  };
  transition(route, { type: "half_year_analysis", reflection }, input.at);
  const due = route.checkpoints.find((c) => c.kind === "half_year" && !c.answeredAt && c.dueDate <= input.today);
  await store.routes.recordHalfYear({
    routeId: route.id!,
    authorId: input.person.userId,
    reflection,
    ...(due?.id ? { checkpointId: due.id } : {}),
    audit: { actorId: input.person.userId, action: "half_year_analysis", targetType: "route", targetId: route.id! },
    at: input.at,
  });
  return done({ routeId: route.id! });
}

export interface FinalReflectionInput {
  person: Person;
  routeId: number;
  fact: string;
  corrections: string;
  prospects: string;
  selfAssessment: number;
  at: Date;
  today: LocalDate;
  /** The title of the next route, in the teacher's language. */
  titleFor: (term: Term) => string;
}

export async function completeRoute(store: Store, input: FinalReflectionInput): Promise<Outcome<{ nextId: number; carried: number }>> {
  const found = await routeToReflect(store, input.person, input.routeId);
  if (!found.ok) return found;
  const current = found.value;
  const reflection: Reflection = { kind: "final", fact: input.fact, corrections: input.corrections, prospects: input.prospects, selfAssessment: input.selfAssessment, createdAt: input.at.toISOString() };
  const completed = transition(current, { type: "complete", reflection, selfAssessment: input.selfAssessment }, input.at);
  const history: EducationalHistory = await store.profiles.history(current.teacherId);
  const planned = nextRoute({ ...completed, reflections: [...current.reflections, reflection] }, input.today, "");
  const next = await store.routes.completeAndSeed({
    from: current,
    completed,
    reflection,
    authorId: input.person.userId,
    next: { ...planned, title: input.titleFor(planned.term!), history },
    audit: { actorId: input.person.userId, action: "route_completed", targetType: "route", targetId: current.id!, details: { selfAssessment: input.selfAssessment } },
    at: input.at,
  });
  if (!next) return refused({ reason: "changed_meanwhile" });
  return done({ nextId: next.id!, carried: next.tasks.length });
}
