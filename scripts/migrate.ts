// npm run db:migrate: applies pending migrations to DATABASE_URL (the bot also does this on start).
import "dotenv/config";
import { openDatabase } from "../src/data/database.js";

const database = await openDatabase(process.env.DATABASE_URL || "file:./data/iom.db");
console.log(database.appliedMigrations.length ? `applied: ${database.appliedMigrations.join(", ")}` : "the database is up to date");
await database.close();
