module.exports = {
  displayName: 'platform-temporal:integration',
  preset: '../../../jest.integration.preset.js',
};
