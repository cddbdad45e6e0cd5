// Container health probe for a service app: exit 0 when its health endpoint answers 200
// (database and Temporal both reachable), 1 otherwise.
//   node /app/healthcheck.js [url]   (default http://127.0.0.1:$PORT/api/$SERVICE/health)
const url =
  process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/${process.env.SERVICE}/health`;

fetch(url, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.status === 200 ? 0 : 1),
  () => process.exit(1),
);
