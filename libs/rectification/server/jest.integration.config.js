module.exports = {
  displayName: 'rectification-server:integration',
  preset: '../../../jest.integration.preset.js',
};
