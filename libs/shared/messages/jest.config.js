module.exports = {
  displayName: 'shared-messages',
  preset: '../../../jest.preset.js',
};
