import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import type { Capacity, CaseStepType, CaseView } from '@bastion/development-contracts';
import {
  type ActionGroup,
  type ActionPanelTexts,
  type MessageKey,
  OfferedActionsComponent,
} from '@bastion/console-ui';
import { DEV_LABELS } from '../development-labels';
import { isMainLine, offeredSteps } from '../steps/step-types';
import { CaseActionFormComponent } from './case-action-form.component';

/**
 * What the caller may record on the case, and nothing else: the buttons are exactly the service's
 * `allowedSteps`, the steps of the main line first; each opens its own form.
 */
@Component({
  selector: 'bst-case-action-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OfferedActionsComponent, CaseActionFormComponent],
  template: `
    <bst-offered-actions
      testId="case-action-panel"
      buttonTestId="step-"
      nothingTestId="no-steps"
      [texts]="texts"
      [capacities]="capacities()"
      [groups]="groups()"
      [labels]="labels.action"
      [(selected)]="selected"
    >
      @if (selected(); as type) {
        <bst-case-action-form
          [type]="type"
          [view]="view()"
          (acted)="done($event)"
          (cancelled)="selected.set(null)"
        />
      }
    </bst-offered-actions>
  `,
})
export class CaseActionPanelComponent {
  readonly view = input.required<CaseView>();
  readonly acted = output<CaseView>();

  protected readonly labels = DEV_LABELS;
  protected readonly offered = computed(() => offeredSteps(this.view().allowedSteps));
  /** The form open; closed again when the case changes under it. */
  protected readonly selected = linkedSignal<CaseStepType[], CaseStepType | null>({
    source: () => this.offered(),
    computation: (offered, previous) => {
      const open = previous?.value ?? null;
      return open && offered.includes(open) ? open : null;
    },
  });
  protected readonly texts: ActionPanelTexts = {
    title: 'dev.act.title',
    actingAs: 'dev.act.as',
    nothing: 'dev.act.nothing',
  };
  protected readonly capacities = computed(() =>
    this.view().capacities.map((c: Capacity): MessageKey => `dev.capacity.${c}`),
  );
  /** The steps of the main line first, then those beside it, the ones that end the case in red. */
  protected readonly groups = computed((): ActionGroup<CaseStepType>[] => [
    { types: this.offered().filter(isMainLine), testId: 'main-steps', primary: () => true },
    {
      types: this.offered().filter((t) => !isMainLine(t)),
      testId: 'side-steps',
      danger: (type) => ['withdraw', 'drop', 'transfer_out'].includes(type),
    },
  ]);

  protected done(view: CaseView): void {
    this.selected.set(null);
    this.acted.emit(view);
  }
}
