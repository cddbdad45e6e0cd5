import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { DraftLayout } from './draft-field';
import { DraftFieldsComponent } from './draft-fields.component';
import { DraftSlotDirective } from './draft-slot.directive';

interface Draft {
  note: string;
  days: number | null;
  sources: string[];
  heard: { members: boolean; mentors: boolean };
  passed: boolean | null;
  vote: string;
}

const LAYOUT: DraftLayout = [
  {
    row: [
      { key: 'note', kind: 'textarea', label: 'dev.field.note', required: true, id: 'note' },
      { key: 'days', kind: 'number', label: 'dev.field.days', id: 'days', min: 0 },
    ],
  },
  {
    key: 'sources',
    kind: 'checks',
    label: 'dev.field.recommendedBy',
    id: 'source',
    options: [
      { value: 'members', label: 'dev.source.members', id: 'members' },
      { value: 'league', label: 'dev.source.league', id: 'league' },
    ],
  },
  {
    key: 'heard',
    kind: 'checks',
    id: 'heard',
    options: [{ value: 'members', label: 'dev.heard.members', id: 'members' }],
  },
  {
    key: 'passed',
    kind: 'radio',
    label: 'dev.field.verdict',
    options: [
      { value: true, text: 'yes', id: 'yes' },
      { value: false, text: 'no', id: 'no' },
    ],
  },
  { key: 'vote', kind: 'slot', label: 'dev.field.vote' },
];

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DraftFieldsComponent, DraftSlotDirective],
  template: `
    <bst-draft-fields [layout]="layout" [(draft)]="draft" [problems]="problems()" testId="f">
      <ng-template bstDraftSlot="vote"
        ><span data-testid="own-widget">{{ draft().vote }}</span></ng-template
      >
    </bst-draft-fields>
  `,
})
class HostComponent {
  readonly layout = LAYOUT;
  readonly draft = signal<Draft>({
    note: '',
    days: null,
    sources: ['league'],
    heard: { members: false, mentors: true },
    passed: null,
    vote: '7 of 9',
  });
  readonly problems = signal<Partial<Record<string, string>>>({});
}

describe('DraftFieldsComponent', () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const byId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, root, byId, host: fixture.componentInstance };
  }

  it('lays out each field under its label, with ids and test ids from the form and the field', async () => {
    const { root, byId } = await render();

    expect(byId('f-note')?.tagName).toBe('TEXTAREA');
    expect(byId('f-note')?.id).toBe('f-note');
    expect(root.querySelector('label[for="f-note"]')?.textContent).toContain('说明');
    expect((byId('f-days') as HTMLInputElement).type).toBe('number');
    expect(root.querySelectorAll('.bst-form-row bst-field')).toHaveLength(2);
    expect(byId('f-source-members')).not.toBeNull();
    expect(byId('f-yes')).not.toBeNull();
    expect(byId('own-widget')?.textContent).toBe('7 of 9');
  });

  it('gives a new draft on each edit, keeping the rest as it was', async () => {
    const { fixture, byId, host } = await render();

    const note = byId('f-note') as HTMLTextAreaElement;
    note.value = '谈话记录';
    note.dispatchEvent(new Event('input'));
    const days = byId('f-days') as HTMLInputElement;
    days.value = '3';
    days.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(host.draft()).toMatchObject({ note: '谈话记录', days: 3, sources: ['league'], vote: '7 of 9' });
  });

  it('ticks a set of checkboxes held as a list or as flags', async () => {
    const { fixture, byId, host } = await render();

    byId('f-source-members')!.click();
    byId('f-heard-members')!.click();
    await fixture.whenStable();

    expect(host.draft().sources).toEqual(['league', 'members']);
    expect(host.draft().heard).toEqual({ members: true, mentors: true });
  });

  it('shows the problem found with a field at that field', async () => {
    const { fixture, root, host } = await render();

    host.problems.set({ note: '请填写备注' });
    await fixture.whenStable();

    expect(root.querySelector('.ant-form-item-has-error')?.textContent).toContain('请填写备注');
  });
});
