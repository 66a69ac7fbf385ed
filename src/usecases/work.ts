// What is waiting for a person (reads): the teacher's next step, and for the people who manage
// routes the counts of their lists and one page of a list at a time, as far as they may see it.
import type { RouteSummary, Store } from "../data/index.js";
import { answeredCount } from "../domain/diagnostics.js";
import { allIndicators, currentFramework } from "../domain/framework.js";
import { historyComplete } from "../domain/route.js";
import type { LocalDate } from "../domain/time.js";
import { listSpec, pageWindow, schoolsWhere, teacherNextStep, type PageWindow, type TeacherStep, type WorkList } from "../domain/work.js";
import { authorize, type Actor } from "../domain/permissions.js";
import { actorFor, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export const LIST_PAGE_SIZE = 8;

export interface SchoolWork {
  schoolId: number;
  districtId: number;
  name: string;
  /** Counts of the lists this person has in the school (a list she does not have is absent). */
  lists: Partial<Record<WorkList, number>>;
  /** The subject association she heads in this school, if any. */
  association?: string;
  /** She may open the school's dashboard. */
  dashboard: boolean;
  /** The school approves in two steps, and she reviews (as a association head) rather than approves. */
  reviews: boolean;
  /** Interviews on correcting routes waiting to be held (for the deputy and director). */
  interviews?: number;
  /** The methodical service's recommendations to the school not yet carried out. */
  recommendations?: number;
}

export interface DistrictWork {
  districtId: number;
  name: string;
  schools: number;
  /** The schools this methodist is responsible for (000 §3.1.2). */
  mySchools: number;
  /** An administrator who assigns methodists to schools. */
  assigns: boolean;
  /** A methodist, who gives targeted recommendations and follows them. */
  recommends: boolean;
}

export interface Home {
  /** For a teacher: the next step on her route. */
  teacher?: TeacherStep;
  schools: SchoolWork[];
  mentees?: number;
  districts: DistrictWork[];
}

export async function homeOf(store: Store, person: Person, today: LocalDate): Promise<Home> {
  const actor = await actorFor(store, person);
  const isTeacher = actor.memberships.some((m) => m.role === "teacher");
  const [teacher, schools, districts] = await Promise.all([
    isTeacher || !actor.memberships.length ? teacherStep(store, person.userId, isTeacher, today) : undefined,
    schoolWork(store, actor, today),
    districtWork(store, actor),
  ]);
  const mentees = actor.menteeIds?.length ? await countList(store, actor, "mentees", undefined) : undefined;
  return { ...(teacher ? { teacher } : {}), schools, districts, ...(mentees !== undefined ? { mentees } : {}) };
}

async function teacherStep(store: Store, userId: number, isTeacher: boolean, today: LocalDate): Promise<TeacherStep> {
  const [history, open, completed, route] = await Promise.all([
    store.profiles.history(userId),
    store.diagnostics.findOpenSelf(userId),
    store.diagnostics.latestCompleted(userId, "self"),
    store.routes.currentOf(userId),
  ]);
  const total = allIndicators(currentFramework).length;
  const answered = open ? answeredCount(currentFramework, open.answers) : 0;
  const diagnosis = { answered, total, completed: completed !== undefined && answered === 0 };
  return teacherNextStep({ isTeacher, historyComplete: historyComplete(history), diagnosis, ...(route && route.status !== "completed" ? { route } : {}) }, today);
}

async function schoolWork(store: Store, actor: Actor, today: LocalDate): Promise<SchoolWork[]> {
  const places = schoolsWhere(actor, ["deputy", "director", "shmo_head"]);
  const unique = [...new Map(places.map((p) => [p.schoolId, p])).values()];
  return Promise.all(
    unique.map(async (place) => {
      const lists: Partial<Record<WorkList, number>> = {};
      for (const list of ["awaiting", "returned", "overdue", "school", "association"] as const) {
        const count = await countList(store, actor, list, place, today);
        if (count !== undefined) lists[list] = count;
      }
      const [name, association] = await Promise.all([nameOf(store, place.schoolId), headedAssociation(store, actor, place.schoolId)]);
      const dashboard = actor.memberships.some((m) => m.organisationId === place.schoolId && (m.role === "deputy" || m.role === "director"));
      const interviews = dashboard ? await store.interviews.countPending(place.schoolId) : undefined;
      const recommendations = dashboard ? (await store.methodists.recommendationsOf(place.schoolId)).filter((r) => r.status !== "done").length : undefined;
      const twoStep = (await store.organisations.byId(place.schoolId))?.reviewSteps === 2;
      return {
        schoolId: place.schoolId,
        districtId: place.districtId,
        name: name ?? "",
        lists,
        dashboard,
        reviews: twoStep && !dashboard,
        ...(association ? { association } : {}),
        ...(interviews !== undefined ? { interviews } : {}),
        ...(recommendations !== undefined ? { recommendations } : {}),
      };
    }),
  );
}

async function headedAssociation(store: Store, actor: Actor, schoolId: number): Promise<string | undefined> {
  const head = actor.memberships.find((m) => m.role === "shmo_head" && m.organisationId === schoolId && m.associationId !== undefined);
  return head ? (await store.organisations.associationById(head.associationId!))?.name : undefined;
}

async function districtWork(store: Store, actor: Actor): Promise<DistrictWork[]> {
  const ids = actor.isSuperAdmin ? (await store.organisations.districts()).map((d) => d.id) : actor.memberships.filter((m) => m.role === "methodist" || m.role === "admin").map((m) => m.districtId);
  const mine = new Set(await store.methodists.schoolsOf(actor.userId));
  return Promise.all(
    [...new Set(ids)].map(async (districtId) => {
      const schools = await store.organisations.schoolsOf(districtId);
      const assigns = authorize(actor, "district.assign_methodists", { kind: "district", districtId }).allowed;
      const recommends = actor.memberships.some((m) => m.role === "methodist" && m.districtId === districtId);
      return { districtId, name: (await nameOf(store, districtId)) ?? "", schools: schools.length, mySchools: schools.filter((s) => mine.has(s.id)).length, assigns, recommends };
    }),
  );
}

async function countList(store: Store, actor: Actor, list: WorkList, place: { schoolId: number; districtId: number } | undefined, today?: LocalDate): Promise<number | undefined> {
  const twoStep = place ? (await store.organisations.byId(place.schoolId))?.reviewSteps === 2 : false;
  const spec = listSpec(actor, list, { ...(place ?? { schoolId: 0, districtId: 0 }), twoStep, ...(today ? { today } : {}) });
  return spec ? store.worklists.count(spec) : undefined;
}

export interface ListPage {
  items: RouteSummary[];
  window: PageWindow;
  total: number;
  schoolName: string;
  /** Two-step approval: whether this is the association's list (to review) or the deputy's (to approve). */
  review?: "pending" | "ready";
}

/** One page of a list of routes, if the person has that list in that school. */
export async function routeListPage(store: Store, input: { person: Person; list: WorkList; schoolId: number; page: number; today?: LocalDate }): Promise<Outcome<ListPage>> {
  const actor = await actorFor(store, input.person);
  const school = input.schoolId ? await store.organisations.byId(input.schoolId) : undefined;
  const spec = listSpec(actor, input.list, { schoolId: input.schoolId, districtId: school?.parentId ?? 0, twoStep: school?.reviewSteps === 2, ...(input.today ? { today: input.today } : {}) });
  if (!spec) return refused({ reason: "not_authorised", action: "route.view" });
  const total = await store.worklists.count(spec);
  const window = pageWindow(total, input.page, LIST_PAGE_SIZE);
  const items = await store.worklists.page(spec, window);
  return done({ items, window, total, schoolName: school?.name ?? "", ...(spec.review ? { review: spec.review } : {}) });
}

/** One page of a district's schools, for its methodists and administrators. */
export async function districtSchoolsPage(
  store: Store,
  input: { person: Person; districtId: number; page: number; mine?: boolean },
): Promise<Outcome<{ schools: { id: number; name: string }[]; window: PageWindow; district: string }>> {
  const actor = await actorFor(store, input.person);
  const allowed = actor.isSuperAdmin || actor.memberships.some((m) => (m.role === "methodist" || m.role === "admin") && m.districtId === input.districtId);
  if (!allowed) return refused({ reason: "not_authorised", action: "district.dashboard" });
  const mine = input.mine ? new Set(await store.methodists.schoolsOf(input.person.userId)) : undefined;
  const schools = (await store.organisations.schoolsOf(input.districtId)).filter((s) => !mine || mine.has(s.id));
  const window = pageWindow(schools.length, input.page, LIST_PAGE_SIZE);
  const district = (await nameOf(store, input.districtId)) ?? "";
  return done({ schools: schools.slice(window.skip, window.skip + window.take).map((s) => ({ id: s.id, name: s.name })), window, district });
}

async function nameOf(store: Store, organisationId: number): Promise<string | undefined> {
  return (await store.organisations.byId(organisationId))?.name;
}
