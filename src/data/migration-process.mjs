// Applies pending migrations in a process of its own (see migrate-apart.ts) and reports back
// over the IPC channel: the schema engine's memory leaves with the process.
import { tsImport } from "tsx/esm/api";

const url = process.argv[2];
try {
  const { applyPendingMigrations } = await tsImport("./migrations.ts", import.meta.url);
  process.send({ applied: await applyPendingMigrations(url) });
} catch (error) {
  // Only the parts the caller explains failures by: an Error's own fields do not cross processes.
  process.send({ failed: { name: error?.name, message: error?.message ?? String(error), code: error?.code } });
}
process.disconnect();
