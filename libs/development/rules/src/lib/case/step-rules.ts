import { activistSteps } from './steps/activist-steps';
import { admissionSteps } from './steps/admission-steps';
import { candidateSteps } from './steps/candidate-steps';
import { probationSteps } from './steps/probation-steps';
import { sideSteps } from './steps/side-steps';
import type { StepRules } from './steps/step-rule';

export type { AnyStep, Applied, StepContext, StepOf, StepRule } from './steps/step-rule';
export { wrongStep } from './steps/step-helpers';

/**
 * The rule of every kind of step, stage by stage as 《中国共产党发展党员工作细则》 orders them; each
 * stage's rules are in `steps/<stage>-steps.ts`, the steps beside the 25 in `steps/side-steps.ts`.
 */
export const stepRules: StepRules = {
  ...activistSteps,
  ...candidateSteps,
  ...admissionSteps,
  ...probationSteps,
  ...sideSteps,
};
