// Configuration for the Prisma CLI (`prisma migrate deploy` where its native engine is available).
// The bot itself migrates without the CLI: see src/data/migrations.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/iom.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
