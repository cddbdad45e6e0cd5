module.exports = {
  displayName: 'rectification-contracts',
  preset: '../../../jest.preset.js',
};
