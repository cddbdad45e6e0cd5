module.exports = {
  displayName: 'identity-contracts',
  preset: '../../../jest.preset.js',
};
