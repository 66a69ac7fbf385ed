// Applies pending migrations in a process of its own (see migrate-apart.ts) and reports back
// over the IPC channel: the schema engine's memory leaves with the process.
import { existsSync } from "node:fs";

// From the environment, not the command line: a password in the arguments is visible to `ps`.
const url = process.env.MIGRATE_DATABASE_URL;
const report = (outcome) => process.send(outcome, () => process.exit(0));
try {
  // Compiled (npm run build, the image) beside this file, or the sources through tsx.
  const compiled = new URL("./migrations.js", import.meta.url);
  const { applyPendingMigrations } = existsSync(compiled) ? await import(compiled.href) : await (await import("tsx/esm/api")).tsImport("./migrations.ts", import.meta.url);
  report({ applied: await applyPendingMigrations(url) });
} catch (error) {
  // Only the parts the caller explains failures by: an Error's own fields do not cross processes.
  report({ failed: { name: error?.name, message: error?.message ?? String(error), code: error?.code } });
}
