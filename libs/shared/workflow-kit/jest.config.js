module.exports = {
  displayName: 'shared-workflow-kit',
  preset: '../../../jest.preset.js',
};
