import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ActionFormOf, RecordActions } from './record-action-panel.component';
import { RecordActionPanelComponent } from './record-action-panel.component';

type Step = 'approve' | 'return';

interface Case {
  readonly allowed: readonly Step[];
  readonly version: number;
}

@Component({
  selector: 'bst-step-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p data-testid="form">{{ type() }} v{{ view().version }}</p>
    <button
      type="button"
      data-testid="send"
      (click)="acted.emit({ allowed: [], version: view().version + 1 })"
    >
      send
    </button>
    <button type="button" data-testid="cancel" (click)="cancelled.emit()">cancel</button>
  `,
})
class StepFormComponent implements ActionFormOf<Step, Case> {
  readonly type = input.required<Step>();
  readonly view = input.required<Case>();
  readonly acted = output<Case>();
  readonly cancelled = output();
}

const ACTIONS: RecordActions<Step, Case> = {
  texts: { title: 'common.actions', actingAs: 'common.actions', nothing: 'common.empty' },
  labels: { approve: { zh: '同意', en: 'Approve' }, return: { zh: '退回', en: 'Return' } },
  form: StepFormComponent,
  offered: (view) => view.allowed,
  groups: (offered) => [{ types: offered, testId: 'row' }],
  capacities: () => ['common.yes'],
  testId: 'panel',
  nothingTestId: 'nothing',
};

describe('the action panel of a record', () => {
  let fixture: ComponentFixture<RecordActionPanelComponent<Step, Case>>;

  beforeEach(() => localStorage.clear());

  async function render(view: Case): Promise<HTMLElement> {
    fixture = TestBed.createComponent(RecordActionPanelComponent<Step, Case>);
    fixture.componentRef.setInput('actions', ACTIONS);
    fixture.componentRef.setInput('view', view);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const click = async (root: HTMLElement, testId: string) => {
    root.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.click();
    await fixture.whenStable();
  };

  it('opens the chosen action’s form with the record, and hands the record it answered to the page', async () => {
    const root = await render({ allowed: ['approve', 'return'], version: 1 });
    expect(root.querySelector('[data-testid="panel"]')!.textContent).toContain('是');
    await click(root, 'action-return');
    expect(root.querySelector('[data-testid="form"]')!.textContent).toBe('return v1');
    const acted: Case[] = [];
    fixture.componentInstance.acted.subscribe((view) => acted.push(view));
    await click(root, 'send');
    expect(acted).toEqual([{ allowed: [], version: 2 }]);
    expect(root.querySelector('[data-testid="form"]')).toBeNull();
  });

  it('closes the form when it is cancelled', async () => {
    const root = await render({ allowed: ['approve'], version: 1 });
    await click(root, 'action-approve');
    await click(root, 'cancel');
    expect(root.querySelector('[data-testid="form"]')).toBeNull();
    expect(root.querySelector('[data-testid="action-approve"]')).not.toBeNull();
  });

  it.each([
    { when: 'still offers it', allowed: ['approve', 'return'] as Step[], form: 'approve v2' },
    { when: 'no longer offers it', allowed: ['return'] as Step[], form: null },
  ])('when the record changes and $when, shows the form $form', async ({ allowed, form }) => {
    const root = await render({ allowed: ['approve', 'return'], version: 1 });
    await click(root, 'action-approve');
    fixture.componentRef.setInput('view', { allowed, version: 2 });
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="form"]')?.textContent ?? null).toBe(form);
  });
});
