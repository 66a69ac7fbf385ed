# syntax=docker/dockerfile:1
# Build stage: install dependencies (better-sqlite3 builds its native module here) and generate the Prisma clients.
# Node.js 22 LTS (supported until April 2027). Not 24 yet: better-sqlite3 12, which Prisma's SQLite
# adapter requires (13 needs an adapter that accepts it), aborts the process on Node 24 when a
# statement is garbage-collected ("Assertion failed: (env) != nullptr", WiseLibs/better-sqlite3#1515);
# `.ci/run` shows it. Move to node:24 when @prisma/adapter-better-sqlite3 takes better-sqlite3 13.
FROM node:22-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc --noEmit && npm run build && npm prune --omit=dev

# Runtime stage: no compilers, a non-root user, the data on a volume.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/iom.db
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# /healthz answers 200 while the database answers (503 when it does not); the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# As `npm start` runs it: compiled JavaScript (the sources through tsx cost ≈ 40 MiB more) and a
# heap held small (the process stays under 250 MB; bench/WHERE-THE-TIME-GOES.md, memory).
CMD ["node", "--max-old-space-size=160", "--max-semi-space-size=4", "dist/main.js"]
