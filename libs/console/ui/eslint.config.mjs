import baseConfig, { angularConfig } from '../../../eslint.config.mjs';

export default [...baseConfig, ...angularConfig];
