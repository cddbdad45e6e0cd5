module.exports = {
  displayName: 'approvals-contracts',
  preset: '../../../jest.preset.js',
};
