module.exports = {
  displayName: 'approvals-rules',
  preset: '../../../jest.preset.js',
};
