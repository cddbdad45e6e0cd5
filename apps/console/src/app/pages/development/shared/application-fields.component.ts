import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { DevelopmentFiles, type FieldLayout, FormFieldsComponent } from '@bastion/console-ui';
import type { ApplicationDraft, ApplicationField } from './application-draft';

/** The application's fields: who, the branch (the person's own unless another received it), when, the letter. */
const LAYOUT: FieldLayout = [
  {
    row: [
      { key: 'person', kind: 'person', label: 'dev.field.person', required: true, id: 'person' },
      {
        key: 'orgId',
        kind: 'org',
        label: 'dev.field.branch',
        id: 'org',
        org: { placeholder: 'dev.field.branchDefault' },
      },
      { key: 'date', kind: 'date', label: 'dev.field.applicationDate', required: true, id: 'date' },
    ],
  },
  { key: 'note', kind: 'textarea', label: 'dev.field.note', id: 'note', rows: 3 },
  { key: 'files', kind: 'files', id: 'files', label: 'dev.field.applicationFiles' },
];

/**
 * The fields of a written application, for a new case and for a paper record alike. Test ids are
 * `<testId>-person`, `-org`, `-date`, `-note` and `-files`.
 */
@Component({
  selector: 'bst-application-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent],
  template: `
    <bst-form-fields
      [layout]="layout"
      [(draft)]="application"
      [problems]="problems()"
      [testId]="testId()"
      [store]="files.store"
    />
  `,
})
export class ApplicationFieldsComponent {
  protected readonly files = inject(DevelopmentFiles);
  protected readonly layout = LAYOUT;

  readonly application = model.required<ApplicationDraft>();
  readonly problems = input<Partial<Record<ApplicationField, string>>>({});
  readonly testId = input.required<string>();
}
