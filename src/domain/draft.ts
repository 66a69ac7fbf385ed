// The automatic draft (002 §3.2, «в автоматическом режиме»): from the deficits, a goal,
// tasks, matching resources and activities spread over the term, for the teacher to edit.
import { addDays, daysBetween, type LocalDate } from "./time.js";
import { areaOf, indicatorOf, type Framework, type Locale } from "./framework.js";
import { matchResources, type CatalogEntry } from "./catalog.js";
import type { DeficitFinding } from "./diagnostics.js";
import type { Activity, BroadcastPoint, Route, RouteTask, Term } from "./route.js";
import type { Level } from "./vocabulary.js";

export interface DraftOptions {
  framework: Framework;
  catalog: CatalogEntry[];
  term: Term;
  locale: Locale;
  maxTasks?: number;
  resourcesPerTask?: number;
  levels?: Level[];
  /** School holidays (inclusive): no activity is dated inside them, nor in the summer. */
  holidays?: { start: LocalDate; end: LocalDate }[];
}

/** July and August: no school, no activities of the route. */
function summerOf(date: LocalDate): { start: LocalDate; end: LocalDate } {
  const year = date.slice(0, 4);
  return { start: `${year}-07-01`, end: `${year}-08-31` };
}

/** The date moved out of a break: to the first day after it, or (past `latest`) to the last day before it. */
export function outsideBreaks(date: LocalDate, breaks: { start: LocalDate; end: LocalDate }[], latest: LocalDate): LocalDate {
  let result = date;
  for (let guard = 0; guard < 10; guard++) {
    const inside = [...breaks, summerOf(result)].find((b) => result >= b.start && result <= b.end);
    if (!inside) return result;
    const after = addDays(inside.end, 1);
    result = after <= latest ? after : addDays(inside.start, -1);
  }
  return result;
}

export type RouteDraft = Pick<Route, "goal" | "term" | "tasks" | "broadcasts">;

/** `count` dates evenly inside [from, to], never on `from` itself. */
export function spreadDates(from: LocalDate, to: LocalDate, count: number): LocalDate[] {
  const span = Math.max(daysBetween(from, to), count);
  return Array.from({ length: count }, (_, i) => addDays(from, Math.max(1, Math.round((span * (i + 1)) / (count + 1)))));
}

export function draftRoute(deficits: DeficitFinding[], options: DraftOptions): RouteDraft {
  const { framework, catalog, term, locale } = options;
  const chosen = deficits.slice(0, options.maxTasks ?? 3).filter((d) => areaOf(framework, d.area));
  const totalDays = daysBetween(term.start, term.end);
  // Each task gets an equal slice of the term, leaving the last tenth for broadcasting experience.
  const workDays = Math.floor(totalDays * 0.9);
  const tasks: RouteTask[] = chosen.map((deficit, index) => {
    const area = areaOf(framework, deficit.area)!;
    const sliceStart = addDays(term.start, Math.floor((workDays * index) / chosen.length));
    const deadline = addDays(term.start, Math.floor((workDays * (index + 1)) / chosen.length));
    // Resources for what the teacher rated lowest in the area, not just for the area.
    const about = deficit.indicators.flatMap((code) => indicatorOf(framework, code)?.text.ru ?? []);
    const resources = matchResources(catalog, deficit.area, { levels: options.levels, limit: options.resourcesPerTask ?? 2, about });
    // A topic reads as a topic (the area), not as the teacher's first-person statement.
    const topic = area.name[locale];
    const dates = spreadDates(sliceStart, deadline, Math.max(resources.length, 1)).map((date) => outsideBreaks(date, options.holidays ?? [], deadline));
    const activities: Activity[] = resources.length
      ? resources.map((resource, i) => ({
          event: resource.title,
          topic,
          level: resource.level,
          kind: resource.kind,
          date: dates[i]!,
          status: "planned",
          evidence: [],
        }))
      : [{ event: area.draft.task[locale], topic, level: "school", date: dates[0]!, status: "planned", evidence: [] }];
    return {
      title: area.draft.task[locale],
      deficit: { area: deficit.area, ...(deficit.indicators[0] ? { indicator: deficit.indicators[0] } : {}) },
      resources: resources.map((r) => ({
        ...(r.id !== undefined ? { catalogId: r.id } : {}),
        title: r.title,
        kind: r.kind,
        form: r.form,
        level: r.level,
        ...(r.url ? { url: r.url } : {}),
        ...(r.hours !== undefined ? { hours: r.hours } : {}),
      })),
      activities,
      deadline,
      expectedResult: area.draft.expectedResult[locale],
    };
  });
  const first = chosen[0] ? areaOf(framework, chosen[0].area) : undefined;
  const broadcasts: BroadcastPoint[] = first
    ? [{ event: first.draft.broadcast[locale], topic: first.name[locale], date: addDays(term.start, workDays + Math.floor((totalDays - workDays) / 2)) }]
    : [];
  const goal = chosen.length ? goalText(framework, chosen.map((d) => areaOf(framework, d.area)!.draft.goal[locale]), locale) : undefined;
  return { term, tasks, broadcasts, ...(goal ? { goal } : {}) };
}

function goalText(framework: Framework, phrases: string[], locale: Locale): string {
  const list =
    phrases.length > 1 ? `${phrases.slice(0, -1).join(", ")} ${framework.conjunction[locale]} ${phrases.at(-1)}` : phrases[0]!;
  return framework.draftGoal[locale].replace("{areas}", list);
}
