module.exports = {
  displayName: 'development-server:integration',
  preset: '../../../jest.integration.preset.js',
};
