import baseConfig, { workflowCodeRules } from '../../../eslint.config.mjs';

export default [...baseConfig, workflowCodeRules];
