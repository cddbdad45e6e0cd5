module.exports = {
  displayName: 'approvals-workflows',
  preset: '../../../jest.preset.js',
};
