import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import {
  AttachmentUploadComponent,
  DateFieldComponent,
  DevelopmentFiles,
  FormFieldComponent,
  OrgPickerComponent,
  PersonPickerComponent,
  type StoredFile,
  TranslatePipe,
} from '@bastion/console-ui';

/** A written application as typed (step 1): who, the branch that received it, when, and the letter. */
export interface ApplicationDraft {
  person: PersonRef[];
  orgId: string | null;
  date: Date | null;
  note: string;
  files: StoredFile[];
}

export function emptyApplication(): ApplicationDraft {
  return { person: [], orgId: null, date: null, note: '', files: [] };
}

/** What was said of the person and the date, less what an edit from `before` to `next` changed. */
export function problemsAfterEdit<P extends { person?: string; date?: string }>(
  problems: P,
  before: ApplicationDraft,
  next: ApplicationDraft,
): P {
  return {
    ...problems,
    ...(next.person !== before.person ? { person: undefined } : {}),
    ...(next.date !== before.date ? { date: undefined } : {}),
  };
}

/**
 * The fields of a written application, for a new case and for a paper record alike. The branch
 * is the person's own unless another received it. Test ids are `<testId>-person`, `-org`, `-date`,
 * `-note` and `-files`.
 */
@Component({
  selector: 'bst-application-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormsModule,
    NzInputModule,
    AttachmentUploadComponent,
    FormFieldComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  template: `
    @let a = application();
    @let id = testId();
    <div class="bst-form-row">
      <bst-field [label]="'dev.field.person' | t" [required]="true" [problem]="problems().person">
        <bst-person-picker
          [max]="1"
          [ngModel]="a.person"
          (ngModelChange)="set('person', $event)"
          [testId]="id + '-person'"
        />
      </bst-field>
      <bst-field [label]="'dev.field.branch' | t">
        <bst-org-picker
          [placeholder]="'dev.field.branchDefault' | t"
          [ngModel]="a.orgId"
          (ngModelChange)="set('orgId', $event)"
          [testId]="id + '-org'"
        />
      </bst-field>
      <bst-date-field
        [label]="'dev.field.applicationDate' | t"
        [required]="true"
        [fieldId]="id + '-date'"
        [problem]="problems().date"
        [value]="a.date"
        (valueChange)="set('date', $event)"
      />
    </div>
    <bst-field [label]="'dev.field.note' | t" [for]="id + '-note'">
      <textarea
        nz-input
        rows="3"
        maxlength="2000"
        [id]="id + '-note'"
        [ngModel]="a.note"
        (ngModelChange)="set('note', $event)"
        [attr.data-testid]="id + '-note'"
      ></textarea>
    </bst-field>
    <bst-field [label]="'dev.field.applicationFiles' | t">
      <bst-attachment-upload
        [attachments]="a.files"
        (attachmentsChange)="set('files', $event)"
        [store]="files.store"
        [testId]="id + '-files'"
      />
    </bst-field>
  `,
})
export class ApplicationFieldsComponent {
  protected readonly files = inject(DevelopmentFiles);

  readonly application = model.required<ApplicationDraft>();
  readonly problems = input<{ person?: string; date?: string }>({});
  readonly testId = input.required<string>();

  protected set<K extends keyof ApplicationDraft>(field: K, value: ApplicationDraft[K]): void {
    this.application.update((a) => ({ ...a, [field]: value }));
  }
}
