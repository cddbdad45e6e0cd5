// The dev server's reverse proxy: the console calls every service at `/api/<service>/…`, as it
// does behind nginx in the compose deployment. A service's address comes from
// BASTION_<SERVICE>_URL (which `npm start` sets), else its default local port.
const service = (name, defaultPort) => [
  `/api/${name}`,
  {
    target: process.env[`BASTION_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${defaultPort}`,
    secure: false,
  },
];

export default Object.fromEntries([
  service('identity', 3001),
  service('approvals', 3002),
  service('rectification', 3003),
  service('development', 3004),
  // Each later service is one line here.
]);
