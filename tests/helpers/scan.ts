// Reads every value of every table, to prove that something is (or is not) stored anywhere.
import Database from "better-sqlite3";
import pg from "pg";

export async function allStoredText(url: string): Promise<string> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all(), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).join("\n");
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    const parts: string[] = [];
    for (const { table_name } of tables.rows) parts.push(JSON.stringify((await client.query(`SELECT * FROM "${table_name}"`)).rows));
    return parts.join("\n");
  } finally {
    await client.end();
  }
}
