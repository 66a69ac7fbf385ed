// Writes the monitoring workbook of a region-sized district (argv: teachers, output file). Run by
// tests/bot/region-workbook.test.ts in a process with a capped heap.
import { writeFileSync } from "node:fs";
import { monitoringXlsx } from "../../src/bot/render/monitoring-xlsx.js";
import { districtIndicators } from "../../src/domain/indicators.js";
import { progressOf } from "../../src/bot/views/dashboards.js";
import type { MonitoringFacts } from "../../src/data/index.js";

const teachersCount = Number(process.argv[2]);
const SCHOOLS = 1000;
const today = "2027-01-15";
const schools = Array.from({ length: SCHOOLS }, (_, i) => ({ schoolId: i + 1, name: `МБОУ СОШ № ${i + 1}` }));
const teachers = Array.from({ length: teachersCount }, (_, i) => ({ userId: i + 1, schoolId: (i % SCHOOLS) + 1, name: `Иванова Мария Петровна ${i + 1}`, deficitAreas: ["A", "B"] }));
const routes = teachers.map((teacher, i) => ({
  teacherId: teacher.userId,
  schoolId: teacher.schoolId,
  routeId: i + 1,
  status: "active" as const,
  title: "ИОМ учителя математики 2026–2027",
  goal: "Освоение формирующего оценивания на уроках математики в 5–9 классах",
  approvedAt: "2026-09-20T00:00:00.000Z",
  term: { start: "2026-09-01", end: "2027-08-31" },
  activities: Array.from({ length: 6 }, (_, k) => ({ date: `2027-0${k + 1}-10`, status: k < 2 ? ("done" as const) : ("planned" as const) })),
}));
const facts = { schools, teachers, routes, recommendations: [] } as unknown as MonitoringFacts;
const indicators = districtIndicators(facts.schools, facts.teachers, facts.routes, [], today);
const file = await monitoringXlsx(indicators, facts, (key) => key, { progress: progressOf(facts, today), areaName: (code) => code });
writeFileSync(process.argv[3]!, file);
