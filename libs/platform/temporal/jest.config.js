module.exports = {
  displayName: 'platform-temporal',
  preset: '../../../jest.preset.js',
};
