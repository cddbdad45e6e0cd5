import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import type { PaperItemStepType } from '@bastion/rectification-contracts';
import { type FieldSpec, FormFieldsComponent, type FieldLayout, type MessageKey } from '@bastion/console-ui';
import { FIELDS, type PaperStepDraft, type PaperStepField } from './paper-draft';

/** What "yes" means for each kind of decision. */
const YES: Partial<Record<PaperItemStepType, [MessageKey, MessageKey]>> = {
  plan_decision: ['rect.paper.approved', 'rect.paper.notApproved'],
  extension_decision: ['rect.paper.approved', 'rect.paper.notApproved'],
  acceptance_decision: ['rect.paper.passed', 'rect.paper.failed'],
  look_back: ['rect.field.holds', 'rect.field.relapsed'],
};

const NOTE_REQUIRED: readonly PaperItemStepType[] = [
  'progress',
  'evidence',
  'request_extension',
  'submit_acceptance',
  'look_back',
];

/** The fields of one paper step: its date, then what its kind records, then the note. */
export function paperStepLayout(type: PaperItemStepType, draft: PaperStepDraft): FieldLayout {
  const has = (field: PaperStepField) => FIELDS[type].includes(field);
  const only = (shown: boolean, ...fields: FieldSpec[]) => (shown ? fields : []);
  const extension = type === 'request_extension';
  const yes = YES[type];
  return [
    {
      row: [
        { key: 'on', kind: 'date', label: 'rect.paper.on', required: true, id: 'on' },
        ...only(has('deadline'), {
          key: 'deadline',
          kind: 'date',
          label: 'rect.field.deadline',
          required: true,
          id: 'deadline',
        }),
        ...only(has('percent'), {
          key: 'percent',
          kind: 'number',
          label: 'rect.field.percent',
          required: true,
          id: 'percent',
          min: 0,
          max: 100,
        }),
      ],
    },
    ...(has('owner')
      ? [
          {
            row: [
              { key: 'owner', kind: 'person', label: 'rect.field.owner', required: true, id: 'owner' },
              { key: 'leader', kind: 'person', label: 'rect.field.leader', required: true, id: 'leader' },
            ] satisfies FieldSpec[],
          },
        ]
      : []),
    ...only(
      has('measures'),
      {
        key: 'measures',
        kind: 'textarea',
        label: 'rect.field.measures',
        required: true,
        id: 'measures',
        maxlength: 4000,
      },
      {
        key: 'target',
        kind: 'text',
        label: 'rect.field.target',
        required: true,
        id: 'target',
        maxlength: 1000,
      },
    ),
    ...only(!!yes, {
      key: 'yes',
      kind: 'radio',
      label: 'rect.paper.decision',
      id: 'yes',
      options: yes
        ? [
            { value: true, label: yes[0] },
            { value: false, label: yes[1] },
          ]
        : [],
    }),
    {
      row: [
        ...only(has('newDeadline') && (extension || !draft.yes), {
          key: 'newDeadline',
          kind: 'date',
          label: extension ? 'rect.field.newDeadline' : 'rect.paper.secondDeadline',
          required: extension,
          id: 'newDeadline',
        }),
        ...only(has('lookBackDue') && draft.yes, {
          key: 'lookBackDue',
          kind: 'date',
          label: 'rect.paper.lookBackDue',
          id: 'lookBackDue',
        }),
      ],
    },
    {
      key: 'note',
      kind: 'textarea',
      label: extension ? 'rect.field.reason' : 'rect.field.note',
      required: NOTE_REQUIRED.includes(type),
      id: 'note',
    },
  ];
}

/**
 * The fields of one paper step. Each field shows the problem found with it, the console's own or
 * the service's.
 */
@Component({
  selector: 'bst-paper-step-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent],
  template: `
    <bst-form-fields [layout]="layout()" [(draft)]="draft" [problems]="problems()" [testId]="testId()" />
  `,
  styles: ':host { display: block; }',
})
export class PaperStepFieldsComponent {
  readonly type = input.required<PaperItemStepType>();
  readonly draft = model.required<PaperStepDraft>();
  readonly problems = input<Partial<Record<PaperStepField, string>>>({});
  readonly testId = input('paper');

  protected readonly layout = computed(() => paperStepLayout(this.type(), this.draft()));
}
