import { emptyRoute, type Route, type RouteTask } from "../../src/domain/route.js";

export function task(overrides: Partial<RouteTask> = {}): RouteTask {
  return {
    title: "Освоить формирующее оценивание",
    deficit: { area: "methodical" },
    resources: [{ title: "КПК «Формирующее оценивание»", kind: "course", form: "formal", level: "regional", hours: 24 }],
    activities: [
      { event: "КПК «Формирующее оценивание»", topic: "Критерии оценивания", level: "regional", date: "2027-02-10", status: "planned", evidence: [], kind: "course" },
    ],
    deadline: "2027-03-31",
    expectedResult: "Комплект критериев оценивания",
    ...overrides,
  };
}

/** A route ready to be submitted: term 01.09.2026–31.08.2027. */
export function readyRoute(overrides: Partial<Route> = {}): Route {
  return {
    ...emptyRoute(10, 100, "ИОМ учителя математики"),
    goal: "Освоение современных образовательных технологий",
    term: { start: "2026-09-01", end: "2027-08-31" },
    tasks: [task()],
    broadcasts: [{ event: "Открытый урок", topic: "Формирующее оценивание", date: "2027-05-15" }],
    ...overrides,
  };
}
