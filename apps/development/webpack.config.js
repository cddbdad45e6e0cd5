// `nx run development:build` → dist/apps/development/main.js (run with `node dist/apps/development/main.js`).
const { serviceWebpackConfig } = require('../../tools/deploy/webpack/service.config');

module.exports = serviceWebpackConfig({ service: 'development' });
