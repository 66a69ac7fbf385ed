// Lists of ids as query parameters: SQLite and PostgreSQL both cap the number of parameters of
// one query (32 766 and 65 535), and a region has more teachers than that.
export const IDS_PER_QUERY = 10_000;

/** Runs `query` for each slice of `ids` and concatenates the rows. */
export async function inChunks<T, Id>(ids: readonly Id[], query: (slice: Id[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) rows.push(...(await query(ids.slice(start, start + IDS_PER_QUERY))));
  return rows;
}
