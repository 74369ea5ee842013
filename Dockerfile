# syntax=docker/dockerfile:1
# The gateway's production image: `node dist/server.mjs` (the custom server: gateway fast path, and
# Next.js for the dashboard and management API in a child process, dist/dashboard.mjs). Build: docker build -t ai-gateway .
# See docker-compose.yml for the production topology; README "Configuration" for every variable.

# 1. Build the Next.js app and the server bundle.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && rm -rf .next/cache

# 2. Production dependencies only (the server bundle keeps packages external).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. Runtime: the build output, migrations (applied at start), and the sources the operator CLI
#    runs with tsx (`docker compose exec app1 npm run audit:verify`).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000 GATEWAY_DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json next.config.ts tsconfig.json ./
COPY db ./db
COPY lib ./lib
COPY scripts ./scripts
USER node
# The data directory holds the usage spool while the database is away: keep it on a volume.
VOLUME ["/data"]
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/server.mjs"]
