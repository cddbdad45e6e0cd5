// @ts-check
// Production webpack build shared by every service app: one `main.js` that plain `node` runs.
//
// - The workspace's own code (`@bastion/*` libs and the app) is compiled with SWC, the same
//   compiler and settings `tools/ts-node.js` and Jest use, so decorator metadata (NestJS DI,
//   TypeORM entities) is emitted exactly as in development.
// - Every npm package stays external and is `require`d at run time from the image's production
//   `node_modules`; native addons (argon2, the Temporal core bridge) and packages that read their
//   own files (swagger-ui-dist, typeorm) keep working untouched.
// - The build fails when the bundle would `require` a package that `npm ci --omit=dev` does not
//   install, instead of the container failing at start.
const fs = require('node:fs');
const { isBuiltin } = require('node:module');
const path = require('node:path');
const ts = require('typescript');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const workspaceRoot = path.resolve(__dirname, '..', '..', '..');
const tsconfigPath = path.join(workspaceRoot, 'tsconfig.base.json');

/**
 * Packages that workspace libs import for development-only code paths, replaced in production
 * bundles by a stub that explains itself if it is ever reached.
 */
const devOnlyStubs = {
  // Used to bundle workflow source at worker start; production workers load the prebuilt
  // bundle named by WORKFLOW_BUNDLE_PATH (see tools/deploy/build-workflow-bundle.ts).
  'tsconfig-paths-webpack-plugin': path.join(__dirname, 'dev-only', 'tsconfig-paths-webpack-plugin.js'),
};

/** The `paths` keys of tsconfig.base.json: requests that name workspace code, to be bundled. */
function workspaceAliases() {
  const { config, error } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return new Set(Object.keys(config.compilerOptions?.paths ?? {}));
}

/** Top-level packages that a production install (`npm ci --omit=dev`) puts in node_modules. */
function productionPackages() {
  const lock = JSON.parse(fs.readFileSync(path.join(workspaceRoot, 'package-lock.json'), 'utf8'));
  const names = new Set();
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(location);
    if (match && !entry.dev && !entry.devOptional) names.add(match[1]);
  }
  return names;
}

/** `@scope/name/deep/path` → `@scope/name`, `name/deep` → `name`. */
function packageName(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isPathRequest = (request) =>
  request.startsWith('.') || request.startsWith('/') || path.isAbsolute(request);

/**
 * @param {{ service: string, main?: string }} options
 * @returns {import('webpack').Configuration}
 */
function serviceWebpackConfig({ service, main = `apps/${service}/src/main.ts` }) {
  const aliases = workspaceAliases();
  const installed = productionPackages();
  const outputPath = path.join(workspaceRoot, 'dist', 'apps', service);

  return {
    name: service,
    context: workspaceRoot,
    mode: 'production',
    target: 'node20',
    entry: { main: path.join(workspaceRoot, main) },
    output: {
      path: outputPath,
      filename: '[name].js',
      clean: true,
      // Stack traces (node --enable-source-maps) point at workspace paths such as
      // ../../../libs/identity/server/src/lib/…, which resolve in a checkout.
      devtoolModuleFilenameTemplate: (info) =>
        path.relative(outputPath, info.absoluteResourcePath).split(path.sep).join('/'),
    },
    devtool: 'source-map',
    // Keep `__dirname` and friends as Node sees them at run time.
    node: { __dirname: false, __filename: false, global: false },
    resolve: {
      extensions: ['.ts', '.js', '.json'],
      plugins: [new TsconfigPathsPlugin({ configFile: tsconfigPath, extensions: ['.ts', '.js'] })],
      alias: Object.fromEntries(Object.entries(devOnlyStubs).map(([name, stub]) => [`${name}$`, stub])),
    },
    externalsPresets: { node: true },
    externals: [
      ({ request }, callback) => {
        if (!request || isPathRequest(request) || aliases.has(request) || request in devOnlyStubs) {
          return callback();
        }
        if (isBuiltin(request)) return callback(undefined, `node-commonjs ${request}`);
        const name = packageName(request);
        if (!installed.has(name)) {
          return callback(
            new Error(
              `"${request}" is required at run time, but "${name}" is not installed by ` +
                '`npm ci --omit=dev` (it is missing from package-lock.json or only a dev dependency). ' +
                'Make it a dependency in package.json, or keep it off the production code path.',
            ),
          );
        }
        return callback(undefined, `commonjs ${request}`);
      },
    ],
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: require.resolve('swc-loader'),
            options: {
              // The same transform as tools/ts-node.js (tsconfig.base.json) and jest.preset.js.
              jsc: {
                parser: { syntax: 'typescript', decorators: true },
                transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
                target: 'es2022',
                keepClassNames: true,
              },
              module: { type: 'es6' },
              sourceMaps: true,
            },
          },
        },
      ],
    },
    optimization: {
      // Server code: readable output and stack traces matter more than bytes.
      minimize: false,
      // Concatenation turns cross-module references into direct bindings, which breaks
      // decorator metadata that names a class from a module still being initialised (entity
      // relations refer to each other).
      concatenateModules: false,
      mangleExports: false,
      // NODE_ENV is read from the real environment at start, not fixed at build time.
      nodeEnv: false,
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = { serviceWebpackConfig };
