// `nx run identity:build` → dist/apps/identity/main.js (run with `node dist/apps/identity/main.js`).
const { serviceWebpackConfig } = require('../../tools/deploy/webpack/service.config');

module.exports = serviceWebpackConfig({ service: 'identity' });
