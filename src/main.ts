// Entry point: `npm start`. Reads the configuration, starts the bot, stops it cleanly on signals.
import "dotenv/config";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { createApp } from "./app.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp({ config, logger, migrateApart: true });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    const deadline = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, 15_000);
    deadline.unref();
    await app.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  await app.start();
}

main().catch((error) => {
  process.stderr.write(`The bot stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
