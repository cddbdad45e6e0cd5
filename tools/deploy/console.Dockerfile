# syntax=docker/dockerfile:1
# The console (Angular) served by nginx, which is also the reverse proxy to every service app:
#
#   docker build -f tools/deploy/console.Dockerfile -t bastion/console .
#
# Routing, headers and compression: tools/deploy/nginx.conf. nginx runs as its unprivileged user
# and listens on 8080. Ignore rules: console.Dockerfile.dockerignore.

ARG NODE_IMAGE=node:24.20.0-trixie-slim
ARG NGINX_IMAGE=nginx:1.30.6-alpine
ARG NPM_VERSION=11.19.1

# ── build ────────────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx nx run console:build --skip-nx-cache \
 && test -f dist/apps/console/browser/index.html

# ── runtime ──────────────────────────────────────────────────────────────────────────────────────
FROM ${NGINX_IMAGE} AS runtime
RUN rm -f /etc/nginx/conf.d/default.conf
COPY tools/deploy/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/apps/console/browser/ /usr/share/nginx/html/
USER nginx
# Fail the build, not the container start, on a configuration error.
RUN nginx -t
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
