import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ArrowDownOutline,
  ArrowUpOutline,
  CalendarOutline,
  DeleteOutline,
} from '@ant-design/icons-angular/icons';
import { By } from '@angular/platform-browser';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzSelectComponent } from 'ng-zorro-antd/select';
import { rendered } from '../../testing';
import { of } from 'rxjs';
import { IdentityApi } from '../api/identity-api.service';
import { SessionService } from '../auth/session.service';
import { TranslateService } from '../i18n/translate.service';
import { PersonPickerComponent } from '../pickers/person-picker.component';
import type { FieldLayout } from './field-spec';
import { FieldSlotDirective } from './field-slot.directive';
import { FormFieldsComponent } from './form-fields.component';
import { RowMovesComponent } from './row-moves.component';

interface Draft {
  note: string;
  days: number | null;
  sources: string[];
  heard: { members: boolean; mentors: boolean };
  passed: boolean | null;
  vote: string;
}

const LAYOUT: FieldLayout = [
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
  imports: [FormFieldsComponent, FieldSlotDirective],
  template: `
    <bst-form-fields
      [layout]="layout"
      [(draft)]="draft"
      [problems]="problems()"
      [disabled]="locked()"
      testId="f"
    >
      <ng-template bstFieldSlot="vote"
        ><span data-testid="own-widget">{{ draft().vote }}</span></ng-template
      >
    </bst-form-fields>
  `,
})
class DraftHostComponent {
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
  readonly locked = signal(false);
}

describe('the fields of a draft kept in a signal', () => {
  beforeEach(() => localStorage.clear());

  const render = () => rendered(DraftHostComponent);

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

  it('follows a draft changed from outside, and stops edits while the draft is locked', async () => {
    const { fixture, byId, host } = await render();

    host.draft.update((draft) => ({ ...draft, note: '另起一稿' }));
    host.locked.set(true);
    await fixture.whenStable();

    expect((byId('f-note') as HTMLTextAreaElement).value).toBe('另起一稿');
    expect((byId('f-note') as HTMLTextAreaElement).disabled).toBe(true);
  });

  it('shows the problem found with a field at that field', async () => {
    const { fixture, root, host } = await render();

    host.problems.set({ note: '请填写备注' });
    await fixture.whenStable();

    expect(root.querySelector('.ant-form-item-has-error')?.textContent).toContain('请填写备注');
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldsComponent, RowMovesComponent],
  template: `
    <form [formGroup]="form"><bst-form-fields [group]="form" [layout]="fields" /></form>
    <bst-row-moves [first]="true" [texts]="texts" removeTestId="row-remove" (moved)="moves.push($event)" />
  `,
})
class DemoComponent {
  readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: Validators.required }),
    note: new FormControl('', { nonNullable: true }),
    on: new FormControl<Date | null>(null),
    agreed: new FormControl(false, { nonNullable: true }),
  });
  readonly fields: FieldLayout = [
    { key: 'reason', label: 'person.exclusion.reason', kind: 'textarea', id: 'demo-reason' },
    { key: 'note', label: 'person.workUnit', kind: 'text', id: 'demo-note', testId: 'note-input' },
    { key: 'on', label: 'person.exclusion.from', kind: 'date', id: 'demo-on' },
    { key: 'agreed', label: 'person.membership.votingRights', kind: 'checkbox' },
  ];
  readonly texts = { up: 'Up', down: 'Down', remove: 'Remove' };
  readonly moves: number[] = [];
}

describe('the fields of a reactive form', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideNzIcons([ArrowDownOutline, ArrowUpOutline, CalendarOutline, DeleteOutline])],
    });
  });

  const render = () => rendered(DemoComponent);

  it('lays out each field with its label, marking those whose control requires a value', async () => {
    const { root } = await render();
    const labels = [...root.querySelectorAll('nz-form-label')].map((label) => ({
      text: label.textContent?.trim(),
      required: !!label.querySelector('.ant-form-item-required'),
      for: label.querySelector('label')?.getAttribute('for'),
    }));
    expect(labels).toEqual([
      { text: '原因', required: true, for: 'demo-reason' },
      { text: '工作单位', required: false, for: 'demo-note' },
      { text: '起始日期', required: false, for: 'demo-on' },
    ]);
    expect(root.querySelector('textarea#demo-reason')?.getAttribute('data-testid')).toBe('demo-reason');
    expect(root.querySelector('input#demo-note')?.getAttribute('data-testid')).toBe('note-input');
    expect(root.querySelector('textarea#demo-reason')?.getAttribute('maxlength')).toBeNull();
    expect(root.querySelector('nz-date-picker')).not.toBeNull();
    expect(root.querySelector('label[nz-checkbox]')?.textContent?.trim()).toBe('表决权');
  });

  it('binds each input to its control', async () => {
    const { fixture, root } = await render();
    const note = root.querySelector<HTMLInputElement>('input#demo-note')!;
    note.value = '林场';
    note.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.note.value).toBe('林场');
  });

  it("shows a control's problem once it is touched", async () => {
    const { fixture, root } = await render();
    const reason = fixture.componentInstance.form.controls.reason;
    expect(root.querySelector('.ant-form-item-has-error')).toBeNull();

    reason.markAsTouched();
    reason.updateValueAndValidity();
    await fixture.whenStable();

    expect(root.querySelector('.ant-form-item-has-error')?.textContent).toContain('此项必填');
  });

  it('keeps the first row from going up and lets it go down', async () => {
    const { fixture, root } = await render();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('bst-row-moves button')];
    expect(buttons.map((b) => [b.getAttribute('aria-label'), b.disabled])).toEqual([
      ['Up', true],
      ['Down', false],
      ['Remove', false],
    ]);
    expect(buttons[2].getAttribute('data-testid')).toBe('row-remove');
    buttons[1].click();
    expect(fixture.componentInstance.moves).toEqual([1]);
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent],
  template: `<bst-form-fields [layout]="layout" [(draft)]="draft" />`,
})
class PickerHostComponent {
  readonly layout: FieldLayout = [
    {
      key: 'people',
      kind: 'person',
      label: 'dev.field.note',
      testId: 'people',
      people: {
        max: 3,
        suggestions: [
          { personId: 'p-ann', name: '安' },
          { personId: 'p-me', name: '我' },
        ],
        exclude: ['p-me'],
        membership: 'full',
        placeholder: 'dev.field.fullMembers',
        note: 'dev.hint.disciplineOnRecord',
      },
    },
    {
      key: 'whom',
      kind: 'select',
      label: 'dev.field.days',
      testId: 'whom',
      empty: 'dev.field.vote',
      options: [],
    },
  ];
  readonly draft = signal({ people: [{ personId: 'p-ann', name: '安' }], whom: null });
}

describe('the people and the options a form names', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        { provide: IdentityApi, useValue: { people: () => of({ items: [] }) } },
        { provide: SessionService, useValue: { me: signal(null) } },
      ],
    });
  });

  it('hands the person picker its limit, its suggestions and the people it must never offer', async () => {
    const { fixture } = await rendered(PickerHostComponent);
    const picker = fixture.debugElement.query(By.directive(PersonPickerComponent))
      .componentInstance as PersonPickerComponent;

    expect(picker.max()).toBe(3);
    expect(picker.suggestions().map((p) => p.personId)).toEqual(['p-ann', 'p-me']);
    expect(picker.exclude()).toEqual(['p-me']);
  });

  it('has the person picker search the membership asked for, with its placeholder and the note under it', async () => {
    const { fixture, byId } = await rendered(PickerHostComponent);
    const picker = fixture.debugElement.query(By.directive(PersonPickerComponent))
      .componentInstance as PersonPickerComponent;
    const i18n = TestBed.inject(TranslateService);

    expect(picker.membership()).toBe('full');
    expect(picker.placeholder()).toBe(i18n.t('dev.field.fullMembers'));
    expect(byId('people-hint')?.textContent?.trim()).toBe(i18n.t('dev.hint.disciplineOnRecord'));
  });

  it("says in the select's own words that it has nothing to offer", async () => {
    const { fixture } = await rendered(PickerHostComponent);
    const select = fixture.debugElement.query(By.css('[data-testid="whom"]')).injector.get(NzSelectComponent);

    expect(select.nzNotFoundContent).toBe(TestBed.inject(TranslateService).t('dev.field.vote'));
  });
});
