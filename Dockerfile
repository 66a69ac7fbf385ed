# syntax=docker/dockerfile:1
# Build stage: install dependencies (better-sqlite3 builds its native module here) and generate the Prisma clients.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc --noEmit && npm prune --omit=dev

# Runtime stage: no compilers, a non-root user, the data on a volume.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/iom.db
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
CMD ["node", "--import", "tsx", "src/main.ts"]
