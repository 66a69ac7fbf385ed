// Reflection ends by forming the next route (002 §3.3.4): it starts pre-filled from the
// final reflection and carries over what was left undone.
import { addDays, addMonths, monthsBetween, type LocalDate } from "./time.js";
import { spreadDates } from "./draft.js";
import { DomainError } from "./errors.js";
import { MIN_TERM_MONTHS } from "./validation.js";
import { emptyRoute, type Route, type RouteTask } from "./route.js";

export function nextRoute(completed: Route, today: LocalDate, title: string): Route {
  if (completed.status !== "completed" && completed.status !== "archived") {
    throw new DomainError("route_not_completed", "the next route starts from a completed one");
  }
  const final = [...completed.reflections].reverse().find((r) => r.kind === "final");
  // A term of 01.09–31.08 lasts twelve months: count to the day after its end.
  const months = completed.term ? Math.max(MIN_TERM_MONTHS, monthsBetween(completed.term.start, addDays(completed.term.end, 1))) : 12;
  const term = { start: today, end: addDays(addMonths(today, months), -1) };
  const carried = completed.tasks
    .filter((task) => task.activities.some((a) => a.status === "planned"))
    .map((task): RouteTask => {
      const open = task.activities.filter((a) => a.status === "planned");
      const dates = spreadDates(term.start, term.end, open.length);
      return {
        title: task.title,
        ...(task.deficit ? { deficit: task.deficit } : {}),
        resources: task.resources,
        activities: open.map((a, i) => ({ ...a, id: undefined, date: dates[i]!, evidence: [], status: "planned" })),
        deadline: term.end,
        ...(task.expectedResult ? { expectedResult: task.expectedResult } : {}),
      };
    });
  const goal = final?.prospects?.trim() || final?.corrections?.trim() || completed.goal;
  return {
    ...emptyRoute(completed.teacherId, completed.schoolId, title),
    term,
    tasks: carried,
    previousRouteId: completed.id,
    ...(goal ? { goal } : {}),
    ...(completed.history ? { history: completed.history } : {}),
    ...(completed.profile ? { profile: completed.profile } : {}),
  };
}
