import angular from '@angular-eslint/eslint-plugin';
import angularTemplate from '@angular-eslint/eslint-plugin-template';
import templateParser from '@angular-eslint/template-parser';
import nx from '@nx/eslint-plugin';

// Node built-ins a deterministic workflow must never reach; the Temporal sandbox would fail
// at run time, lint fails first.
const nodeBuiltins = [
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'tty',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

// Each domain may use its own libs, the platform, shared code, any domain's contracts and rules,
// and another domain's workflows (identity's lookups, which every domain's worker runs; the layer
// rules below decide which layers may). Its tests may also boot another domain's service beside
// it (the sign-off engine, for sign-offs).
const domainScope = (scope, forTests) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [
    `scope:${scope}`,
    'scope:platform',
    'scope:shared',
    'type:contracts',
    'type:rules',
    'type:workflows',
    ...(forTests ? ['type:server'] : []),
  ],
});

/**
 * Who may depend on whom: scope (domain) × type (layer). Tests may also reach the platform's
 * test harness from a workflows library; shipped workflow code may not.
 */
function boundaryOptions(forTests) {
  const constraints = [
    // Scope: who may depend on whom.
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    {
      sourceTag: 'scope:platform',
      onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared', 'type:contracts'],
    },
    domainScope('identity', forTests),
    domainScope('approvals', forTests),
    domainScope('rectification', forTests),
    domainScope('development', forTests),
    domainScope('reform', forTests),
    {
      sourceTag: 'scope:console',
      onlyDependOnLibsWithTags: ['scope:console', 'scope:shared', 'type:contracts', 'type:rules'],
    },
    { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },
    // Type: which layers may depend on which.
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
    // A domain's rule book: pure functions the workflows, the server and the console all apply.
    { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:rules', 'type:contracts', 'type:util'] },
    {
      sourceTag: 'type:workflows',
      onlyDependOnLibsWithTags: ['type:workflows', 'type:rules', 'type:contracts', 'type:util'],
    },
    {
      sourceTag: 'type:platform',
      onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util'],
    },
    // A service runs its workflows but never imports them: what it shares with them is in the
    // rules and the contracts. The worker names its workflow library by path, as a string
    // (`workflowsPath`, `workflowSourcePath`), for Temporal to bundle, so no exception is needed.
    {
      sourceTag: 'type:server',
      onlyDependOnLibsWithTags: [
        'type:server',
        'type:rules',
        'type:platform',
        'type:contracts',
        'type:util',
      ],
    },
    { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:rules', 'type:contracts', 'type:util'] },
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: ['type:server', 'type:platform', 'type:ui', 'type:rules', 'type:contracts', 'type:util'],
    },
    {
      sourceTag: 'type:e2e',
      onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util'],
    },
    { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
  ];
  return {
    enforceBuildableLibDependency: true,
    banTransitiveDependencies: false,
    allow: [],
    depConstraints: constraints.map((c) =>
      forTests && c.sourceTag === 'type:workflows'
        ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:platform'] }
        : c,
    ),
  };
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.angular',
      '**/coverage',
      '.data*',
      'tmp',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(false)],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    languageOptions: {
      parserOptions: { projectService: true },
    },
  },
  {
    // Tests and their harness may use the platform's test helpers from any library.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(true)] },
  },
];

/**
 * Workflow code is replayed; anything non-deterministic or server-side is off limits. Each
 * workflows library's own eslint.config.mjs adds these rules.
 */
export const workflowCodeRules = {
  files: ['**/*.ts'],
  // Tests and their harness run in Node, not in the workflow sandbox, and are never bundled.
  ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow code may not use Node built-ins.' })),
        patterns: [
          { group: ['node:*'], message: 'Workflow code may not use Node built-ins.' },
          { group: ['@nestjs/*'], message: 'Workflow code may not depend on NestJS.' },
          { group: ['typeorm', 'typeorm/*', 'pg'], message: 'Workflow code may not touch the database.' },
          {
            group: ['@bastion/*-server', '@bastion/platform-*'],
            message: 'Workflow code may not import server or platform libs.',
          },
        ],
      },
    ],
  },
};

/**
 * The Angular rules of the console and its kit (`apps/console`, `libs/console/ui`): standalone
 * `bst-` components, OnPush and signals, templates (inline or .html) checked for accessibility.
 */
export const angularConfig = [
  {
    files: ['**/*.ts'],
    plugins: { '@angular-eslint': angular },
    // Inline templates are linted by the template rules below, like the .html files.
    processor: angularTemplate.processors['extract-inline-html'],
    rules: {
      ...angular.configs.recommended.rules,
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'bst', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'bst', style: 'camelCase' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@angular-eslint/no-async-lifecycle-method': 'error',
    },
  },
  {
    files: ['**/*.html'],
    languageOptions: { parser: templateParser },
    plugins: { '@angular-eslint/template': angularTemplate },
    rules: {
      ...angularTemplate.configs.recommended.rules,
      ...angularTemplate.configs.accessibility.rules,
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
    },
  },
];
