module.exports = {
  displayName: 'development-workflows',
  preset: '../../../jest.preset.js',
  // Workflow specs bundle the workflow code and run it on Temporal's time-skipping test server.
  testTimeout: 60000,
};
