module.exports = {
  displayName: 'platform-auth',
  preset: '../../../jest.preset.js',
};
