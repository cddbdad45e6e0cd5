import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ActionGroup, OfferedActionsComponent } from './offered-actions.component';
import { rendered } from '../../testing';

type Step = 'approve' | 'return' | 'withdraw';

@Component({
  selector: 'bst-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OfferedActionsComponent],
  template: `
    <bst-offered-actions
      testId="panel"
      nothingTestId="nothing"
      [texts]="{ title: 'common.actions', actingAs: 'common.actions', nothing: 'common.empty' }"
      [capacities]="['common.yes']"
      [groups]="groups()"
      [labels]="labels"
      [(selected)]="selected"
    >
      <p data-testid="form">{{ selected() }}</p>
    </bst-offered-actions>
  `,
})
class HostComponent {
  readonly groups = signal<ActionGroup<Step>[]>([
    { types: ['approve', 'return'], testId: 'main', primary: (t) => t === 'approve' },
    { types: ['withdraw'], testId: 'side', danger: () => true },
  ]);
  readonly selected = signal<Step | null>(null);
  readonly labels = {
    approve: { zh: '同意', en: 'Approve' },
    return: { zh: '退回', en: 'Return' },
    withdraw: { zh: '撤回', en: 'Withdraw' },
  };
}

describe('OfferedActionsComponent', () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const panel = await rendered(HostComponent);
    const ids = (row: string) =>
      [...panel.byId(row)!.querySelectorAll('button')].map((b) => b.getAttribute('data-testid'));
    return { ...panel, ids };
  }

  it('offers exactly the allowed actions, row by row, the obvious one primary, an ending one in red', async () => {
    const { root, ids } = await render();
    expect(ids('main')).toEqual(['action-approve', 'action-return']);
    expect(ids('side')).toEqual(['action-withdraw']);
    expect(root.querySelector('[data-testid="action-approve"]')!.className).toContain('ant-btn-primary');
    expect(root.querySelector('[data-testid="action-withdraw"]')!.className).toContain('ant-btn-dangerous');
    expect(root.textContent).toContain('是');
    expect(root.querySelector('[data-testid="form"]')).toBeNull();
  });

  it('opens the chosen action form under its name, and says so when nothing is offered', async () => {
    const { fixture, root } = await render();
    (root.querySelector('[data-testid="action-return"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(fixture.componentInstance.selected()).toBe('return');
    expect(root.querySelector('[data-testid="action-form-title"]')!.textContent).toContain('退回');
    expect(root.querySelector('[data-testid="form"]')!.textContent).toContain('return');

    fixture.componentInstance.selected.set(null);
    fixture.componentInstance.groups.set([{ types: [] }]);
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="nothing"]')).not.toBeNull();
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });
});
