module.exports = {
  displayName: 'identity-server',
  preset: '../../../jest.preset.js',
};
