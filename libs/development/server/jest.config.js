module.exports = {
  displayName: 'development-server',
  preset: '../../../jest.preset.js',
};
