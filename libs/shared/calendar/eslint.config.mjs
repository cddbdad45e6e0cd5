import baseConfig from '../../../eslint.config.mjs';

// This library runs inside deterministic Temporal workflows: no clock, no randomness, no host time
// zone, no Node. `Date` is allowed only as a carrier of an instant (`new Date(ms)`, `getTime()`).
/** Globals calendar code must not touch, and why. */
const forbiddenGlobals = {
  Intl: 'Depends on the host locale and time-zone data; Shanghai is a fixed +08:00.',
  process: 'Calendar code is pure; pass values in.',
  require: 'Calendar code has no dependencies.',
  setTimeout: 'Calendar code is pure.',
  setInterval: 'Calendar code is pure.',
};

/** Syntax that reads the clock, draws randomness or uses the host time zone, and why not. */
const forbiddenSyntax = {
  "NewExpression[callee.name='Date'][arguments.length=0]": 'Reading the clock breaks workflow replay; take the instant as an argument.',
  "NewExpression[callee.name='Date'][arguments.length>1]": 'The multi-argument Date constructor uses the host time zone.',
  "CallExpression[callee.name='Date']": 'Date() reads the clock.',
  "MemberExpression[object.name='Date'][property.name=/^(now|parse)$/]": 'Date.now reads the clock; Date.parse may use the host time zone.',
  "MemberExpression[object.name='Math'][property.name='random']": 'Randomness breaks workflow replay.',
  'MemberExpression[property.name=/^(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$|^getTimezoneOffset$|^toLocale/]':
    'Local-time Date methods depend on the host time zone; use the Shanghai helpers.',
};

const determinism = {
  files: ['**/*.ts'],
  ignores: ['**/*.spec.ts'],
  rules: {
    'no-restricted-globals': ['error', ...Object.entries(forbiddenGlobals).map(([name, message]) => ({ name, message }))],
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: '^(?!\\.{1,2}/)', message: 'Calendar code has no dependencies: relative imports only.' }] },
    ],
    'no-restricted-syntax': [
      'error',
      ...Object.entries(forbiddenSyntax).map(([selector, message]) => ({ selector, message })),
    ],
  },
};

export default [...baseConfig, determinism];
