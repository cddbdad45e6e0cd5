module.exports = {
  displayName: 'rectification-server',
  preset: '../../../jest.preset.js',
};
