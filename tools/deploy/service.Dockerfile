# syntax=docker/dockerfile:1
# Image of one Bastion service app (identity, approvals, rectification, development, reform):
#
#   docker build -f tools/deploy/service.Dockerfile --build-arg SERVICE=identity -t bastion/identity .
#
# The build stage installs the whole workspace and runs `nx run <service>:build` (webpack:
# dist/apps/<service>/main.js, workspace libs bundled, npm packages left external) and, when the
# domain has a workflow library, the prebuilt Temporal workflow bundle. The runtime stage holds
# only that output and the production dependencies, and runs as an unprivileged user.
# Ignore rules: service.Dockerfile.dockerignore (BuildKit reads it in place of .dockerignore).

ARG NODE_IMAGE=node:24.20.0-trixie-slim
# npm 11 honours package.json `allowScripts`, so installs here run the same install scripts as a
# developer's `npm ci`.
ARG NPM_VERSION=11.19.1

FROM ${NODE_IMAGE} AS npm
ARG NPM_VERSION
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

# ── build: the whole workspace, dev dependencies included ────────────────────────────────────────
FROM npm AS build
ARG SERVICE
RUN test -n "${SERVICE}" || { echo 'Pass --build-arg SERVICE=<service app>' >&2; exit 1; }
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx nx run "${SERVICE}:build" --skip-nx-cache \
 && mkdir -p /out \
 && cp "dist/apps/${SERVICE}/main.js" "dist/apps/${SERVICE}/main.js.map" /out/
RUN if [ -d "libs/${SERVICE}/workflows" ]; then \
      node tools/ts-node.js tools/deploy/build-workflow-bundle.ts "${SERVICE}" /out/workflow-bundle.js; \
    fi

# ── production dependencies only ─────────────────────────────────────────────────────────────────
FROM npm AS production-dependencies
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# ── runtime ──────────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
# The service needs neither npm nor corepack at run time.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY tools/deploy/healthcheck.js ./healthcheck.js
# The workspace layout, so that source-mapped stack traces name /app/libs/<domain>/….
COPY --from=build /out/ ./dist/apps/${SERVICE}/
# Where a service keeps files of its own (approvals: uploaded attachments), on a volume mounted
# here; a fresh named volume takes this directory's owner, so the unprivileged user can write.
RUN mkdir -p /var/lib/bastion && chown node:node /var/lib/bastion
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    PORT=3000 \
    WORKFLOW_BUNDLE_PATH=/app/dist/apps/${SERVICE}/workflow-bundle.js
WORKDIR /app/dist/apps/${SERVICE}
# The image's unprivileged `node` user; the application files stay owned by root, read-only to it.
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["node", "/app/healthcheck.js"]
CMD ["node", "--enable-source-maps", "main.js"]
