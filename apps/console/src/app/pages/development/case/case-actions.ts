import type { Capacity, CaseStepType, CaseView } from '@bastion/development-contracts';
import type { MessageKey, RecordActions } from '@bastion/console-ui';
import { DEV_LABELS } from '../development-labels';
import { isMainLine, offeredSteps } from '../steps/step-types';
import { CaseActionFormComponent } from './case-action-form.component';

/**
 * What the caller may record on the case, and nothing else: the buttons are exactly the service's
 * `allowedSteps`, the steps of the main line first, then those beside it, the ones that end the
 * case in red; each opens its own form.
 */
export const CASE_ACTIONS: RecordActions<CaseStepType, CaseView> = {
  texts: { title: 'dev.act.title', actingAs: 'dev.act.as', nothing: 'dev.act.nothing' },
  labels: DEV_LABELS.action,
  form: CaseActionFormComponent,
  offered: (view) => offeredSteps(view.allowedSteps),
  groups: (offered) => [
    { types: offered.filter(isMainLine), testId: 'main-steps', primary: () => true },
    {
      types: offered.filter((t) => !isMainLine(t)),
      testId: 'side-steps',
      danger: (type) => ['withdraw', 'drop', 'transfer_out'].includes(type),
    },
  ],
  capacities: (view) => view.capacities.map((c: Capacity): MessageKey => `dev.capacity.${c}`),
  testId: 'case-action-panel',
  nothingTestId: 'no-steps',
  buttonTestId: 'step-',
};
