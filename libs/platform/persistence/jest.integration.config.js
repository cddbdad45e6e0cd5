module.exports = {
  displayName: 'platform-persistence:integration',
  preset: '../../../jest.integration.preset.js',
};
