module.exports = {
  displayName: 'development-contracts',
  preset: '../../../jest.preset.js',
};
