module.exports = {
  displayName: 'approvals-server',
  preset: '../../../jest.preset.js',
};
