module.exports = {
  displayName: 'identity-workflows',
  preset: '../../../jest.preset.js',
};
