module.exports = {
  displayName: 'approvals-server:integration',
  preset: '../../../jest.integration.preset.js',
};
