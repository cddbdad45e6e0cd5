module.exports = {
  displayName: 'shared-calendar',
  preset: '../../../jest.preset.js',
};
