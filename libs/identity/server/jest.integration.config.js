module.exports = {
  displayName: 'identity-server:integration',
  preset: '../../../jest.integration.preset.js',
};
