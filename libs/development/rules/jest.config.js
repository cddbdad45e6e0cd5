module.exports = {
  displayName: 'development-rules',
  preset: '../../../jest.preset.js',
};
