// `nx run approvals:build` → dist/apps/approvals/main.js (run with `node dist/apps/approvals/main.js`).
const { serviceWebpackConfig } = require('../../tools/deploy/webpack/service.config');

module.exports = serviceWebpackConfig({ service: 'approvals' });
