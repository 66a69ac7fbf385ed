// The district's resource catalogue (002 §4.1: courses, webinars, literature …): the methodist
// replaces entries from a CSV file; lines with mistakes are reported and skipped.
import type { Store } from "../data/index.js";
import type { CatalogEntry } from "../domain/catalog.js";

export async function importCatalog(store: Store, input: { userId: number; entries: CatalogEntry[]; rejected: number; at: Date }): Promise<{ written: number }> {
  const written = await store.catalog.upsertMany(input.entries);
  await store.audit.record({ actorId: input.userId, action: "catalog_imported", details: { written, errors: input.rejected } }, input.at);
  return { written };
}
