module.exports = {
  displayName: 'platform-files',
  preset: '../../../jest.preset.js',
};
