import path from 'node:path';
import baseConfig, { angularConfig } from '../../eslint.config.mjs';

/**
 * A page folder (`src/app/pages/<feature>`) imports the kit (`@bastion/console-ui`), the
 * contracts, the app's core and itself, never another page folder: what two features share
 * belongs in the kit. Relative imports are resolved, so any depth or spelling is caught.
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      crossFeature:
        "The page folder '{{own}}' may not import from the page folder '{{other}}'; move what both use into @bastion/console-ui.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const pagesDir = path.join(import.meta.dirname, 'src', 'app', 'pages');
    const own = path.relative(pagesDir, file).split(path.sep)[0];
    if (!own || own.startsWith('..') || own === path.basename(file)) return {};
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.relative(pagesDir, path.resolve(path.dirname(file), source.value));
      const other = target.split(path.sep)[0];
      if (target.startsWith('..') || other === own) return;
      context.report({ node: source, messageId: 'crossFeature', data: { own, other } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default [
  ...baseConfig,
  ...angularConfig,
  {
    files: ['**/*.ts'],
    plugins: { console: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'console/feature-boundaries': 'error' },
  },
];
