import baseConfig from '../../../eslint.config.mjs';

// This library runs inside deterministic Temporal workflows: no clock, no randomness, no host time
// zone, no Node. `Date` is allowed only as a carrier of an instant (`new Date(ms)`, `getTime()`).
const determinism = {
  files: ['**/*.ts'],
  ignores: ['**/*.spec.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'Intl', message: 'Depends on the host locale and time-zone data; Shanghai is a fixed +08:00.' },
      { name: 'process', message: 'Calendar code is pure; pass values in.' },
      { name: 'require', message: 'Calendar code has no dependencies.' },
      { name: 'setTimeout', message: 'Calendar code is pure.' },
      { name: 'setInterval', message: 'Calendar code is pure.' },
    ],
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: '^(?!\\.{1,2}/)', message: 'Calendar code has no dependencies: relative imports only.' }] },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Reading the clock breaks workflow replay; take the instant as an argument.' },
      { selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: 'The multi-argument Date constructor uses the host time zone.' },
      { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the clock.' },
      { selector: "MemberExpression[object.name='Date'][property.name=/^(now|parse)$/]", message: 'Date.now reads the clock; Date.parse may use the host time zone.' },
      { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Randomness breaks workflow replay.' },
      {
        selector: 'MemberExpression[property.name=/^(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$|^getTimezoneOffset$|^toLocale/]',
        message: 'Local-time Date methods depend on the host time zone; use the Shanghai helpers.',
      },
    ],
  },
};

export default [...baseConfig, determinism];
