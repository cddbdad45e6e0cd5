// `nx run rectification:build` → dist/apps/rectification/main.js (run with `node dist/apps/rectification/main.js`).
const { serviceWebpackConfig } = require('../../tools/deploy/webpack/service.config');

module.exports = serviceWebpackConfig({ service: 'rectification' });
