# syntax=docker/dockerfile:1
# Multi-stage build: dependencies, then the client bundle, then two images — `proxy` (nginx
# serving the client and routing to the replicas, used by docker-compose.yml) and `runtime` (the
# server, which also serves the client on its own). `docker build .` builds `runtime`.

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/engine/package.json packages/engine/
COPY packages/bots/package.json packages/bots/
COPY packages/server/package.json packages/server/
COPY packages/client/package.json packages/client/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build --workspace packages/client

# The Compose deployment's proxy: the built client and deploy/nginx.conf.
FROM nginx:1.27-alpine AS proxy
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/nginx-proxy-headers.conf /etc/nginx/ironclad-proxy-headers.conf
COPY deploy/nginx-websocket.conf /etc/nginx/ironclad-websocket.conf
COPY --from=build /app/packages/client/dist /usr/share/nginx/html
EXPOSE 80

FROM node:24-slim AS runtime
ENV NODE_ENV=production PORT=2567 HOST=0.0.0.0 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/engine/package.json packages/engine/
COPY packages/bots/package.json packages/bots/
COPY packages/server/package.json packages/server/
COPY packages/client/package.json packages/client/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/require-node.js scripts/
COPY packages/engine/src packages/engine/src
COPY packages/engine/scenarios packages/engine/scenarios
COPY packages/bots/src packages/bots/src
COPY packages/server/src packages/server/src
COPY packages/server/bin packages/server/bin
COPY --from=build /app/packages/client/dist packages/client/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 2567
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:2567/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The flags of packages/server/src/node-flags.ts (a smaller young generation: less RSS per table).
CMD ["node", "--max-semi-space-size=4", "packages/server/bin/server.js"]
