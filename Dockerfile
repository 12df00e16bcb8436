# Build stage: compile TypeScript to dist/ (the runtime image carries no compiler and no loader).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.config.ts ./
# src/ includes src/web, the desk `npm run build` bundles into dist/web (served at /).
COPY src ./src
COPY migrations ./migrations
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Reachable from outside the container; the embedded database (no DATABASE_URL) lives in /app/data.
ENV HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY playbooks ./playbooks
# The code stays root-owned and read-only to the process; only the data directory is its own.
RUN mkdir -p /app/data && chown 1000:1000 /app/data
# The image's `node` user, by number: orchestrators (runAsNonRoot) can only verify a numeric user.
USER 1000:1000
EXPOSE 3000
# Liveness through /health with node itself (the slim image has no curl or wget).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/src/server.js"]
