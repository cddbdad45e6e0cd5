module.exports = {
  displayName: 'platform-testing:integration',
  preset: '../../../jest.integration.preset.js',
};
