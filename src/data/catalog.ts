// The resource catalogue in the database; seeded from the starter catalogue, edited by methodists.
import type { CatalogEntry } from "../domain/catalog.js";
import type { EducationForm, Level, ResourceKind } from "../domain/vocabulary.js";
import type { Prisma } from "./database.js";
import { compact } from "./convert.js";

type Row = Awaited<ReturnType<Prisma["catalogResource"]["findFirstOrThrow"]>>;

function toEntry(row: Row): CatalogEntry {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    kind: row.kind as ResourceKind,
    form: row.form as EducationForm,
    level: row.level as Level,
    areas: row.areas.split("|").filter(Boolean),
    ...compact({ hours: row.hours, url: row.url, provider: row.provider }),
    active: row.active,
  };
}

export function catalogRepository(prisma: Prisma) {
  return {
    /** Inserts new entries and updates existing ones by code; returns how many were written. */
    async upsertMany(entries: CatalogEntry[]): Promise<number> {
      for (const entry of entries) {
        const data = {
          title: entry.title,
          kind: entry.kind,
          form: entry.form,
          level: entry.level,
          areas: entry.areas.join("|"),
          hours: entry.hours ?? null,
          url: entry.url ?? null,
          provider: entry.provider ?? null,
          active: entry.active ?? true,
        };
        await prisma.catalogResource.upsert({ where: { code: entry.code }, create: { code: entry.code, ...data }, update: data });
      }
      return entries.length;
    },
    /** Seeds the catalogue once, when it is empty. */
    async seedIfEmpty(entries: CatalogEntry[]): Promise<boolean> {
      if ((await prisma.catalogResource.count()) > 0) return false;
      await this.upsertMany(entries);
      return true;
    },
    async all(): Promise<CatalogEntry[]> {
      return (await prisma.catalogResource.findMany({ orderBy: { id: "asc" } })).map(toEntry);
    },
    async byId(id: number): Promise<CatalogEntry | undefined> {
      const row = await prisma.catalogResource.findUnique({ where: { id } });
      return row ? toEntry(row) : undefined;
    },
  };
}
