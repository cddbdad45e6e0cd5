// Stands in for `tsconfig-paths-webpack-plugin` (a dev dependency) in production service bundles.
// Workspace code imports it only to bundle workflow source when a worker starts without a
// prebuilt bundle, which production never does.
class TsconfigPathsPlugin {
  constructor() {
    throw new Error(
      'Bundling workflow source is not available in a production build: ' +
        'set WORKFLOW_BUNDLE_PATH to the bundle built by tools/deploy/build-workflow-bundle.ts.',
    );
  }
}

module.exports = { TsconfigPathsPlugin };
