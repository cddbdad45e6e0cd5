module.exports = {
  displayName: 'rectification-rules',
  preset: '../../../jest.preset.js',
};
