import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { PersonRef } from '@bastion/approvals-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../../core/api/api-error';
import { DevelopmentApi } from '../../../core/api/development-api.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslateService } from '../../../core/i18n/translate.service';
import { toLocalDate } from '../../../core/ui/dates';
import { ErrorAlertComponent } from '../../../core/ui/error-alert.component';
import { OrgPickerComponent } from '../../../shared/org-picker.component';
import { PersonPickerComponent } from '../../../shared/person-picker.component';
import type { StoredFile } from '../../approvals/attachments/attachment-upload.component';
import { AttachmentUploadComponent } from '../../approvals/attachments/attachment-upload.component';
import { DraftFieldComponent } from '../../rectification/item/draft-field.component';
import { DevelopmentFiles } from '../development-files';

/**
 * 录入入党申请: a written application received (step 1) — who, on what date, the scanned letter.
 * The branch is the person's own unless another received it. An applicant under 18 on that date,
 * or one who already has a case, is refused with the reason, and the form keeps what was typed.
 */
@Component({
  selector: 'bst-open-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzInputModule,
    AttachmentUploadComponent,
    DraftFieldComponent,
    ErrorAlertComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'dev.open.title' | t }}</h1>
    </div>
    <nz-card>
      <form (submit)="$event.preventDefault()" data-testid="open-form">
        <div class="bst-form-row">
          <bst-draft-field [label]="'dev.field.person' | t" [required]="true" [problem]="problems().person">
            <bst-person-picker
              [max]="1"
              [ngModel]="person()"
              (ngModelChange)="pickPerson($event)"
              name="person"
              testId="open-person"
            />
          </bst-draft-field>
          <bst-draft-field [label]="'dev.field.branch' | t">
            <bst-org-picker
              [placeholder]="'dev.field.branchDefault' | t"
              [ngModel]="orgId()"
              (ngModelChange)="orgId.set($event)"
              name="org"
              testId="open-org"
            />
          </bst-draft-field>
          <bst-draft-field
            [label]="'dev.field.applicationDate' | t"
            [required]="true"
            for="open-date"
            [problem]="problems().date"
          >
            <nz-date-picker
              nzId="open-date"
              nzFormat="yyyy-MM-dd"
              name="date"
              [ngModel]="date()"
              (ngModelChange)="pickDate($event)"
              data-testid="open-date"
            />
          </bst-draft-field>
        </div>
        <bst-draft-field [label]="'dev.field.note' | t" for="open-note">
          <textarea
            nz-input
            id="open-note"
            name="note"
            rows="3"
            maxlength="2000"
            [ngModel]="note()"
            (ngModelChange)="note.set($event)"
            data-testid="open-note"
          ></textarea>
        </bst-draft-field>
        <bst-draft-field [label]="'dev.field.applicationFiles' | t">
          <bst-attachment-upload [(attachments)]="files" [store]="store.store" testId="open-files" />
        </bst-draft-field>
        @if (failure(); as failure) {
          <bst-error-alert
            class="form-alert"
            [error]="failure"
            [showServerMessage]="true"
            domain="dev"
            data-testid="open-error"
          />
        }
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="sending()"
          (click)="submit()"
          data-testid="open-submit"
        >
          {{ 'dev.open.submit' | t }}
        </button>
      </form>
    </nz-card>
  `,
})
export class OpenCasePageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);
  protected readonly store = inject(DevelopmentFiles);

  protected readonly person = signal<PersonRef[]>([]);
  protected readonly orgId = signal<string | null>(null);
  protected readonly date = signal<Date | null>(null);
  protected readonly note = signal('');
  protected readonly files = signal<StoredFile[]>([]);
  protected readonly problems = signal<{ person?: string; date?: string }>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal(false);

  protected pickPerson(person: PersonRef[]): void {
    this.person.set(person);
    this.problems.update((p) => ({ ...p, person: undefined }));
  }

  protected pickDate(date: Date | null): void {
    this.date.set(date);
    this.problems.update((p) => ({ ...p, date: undefined }));
  }

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    const person = this.person()[0];
    const date = toLocalDate(this.date());
    if (!person || !date) {
      const required = this.i18n.t('common.required');
      this.problems.set({ ...(person ? {} : { person: required }), ...(date ? {} : { date: required }) });
      return;
    }
    this.sending.set(true);
    this.failure.set(null);
    try {
      const created = await firstValueFrom(
        this.api.open({
          personId: person.personId,
          ...(this.orgId() ? { orgId: this.orgId()! } : {}),
          applicationDate: date,
          note: this.note().trim(),
          files: this.files().map(({ id, name, sha256 }) => ({ id, name, sha256 })),
        }),
      );
      this.message.success(this.i18n.t('dev.open.done'));
      await this.router.navigate(['/development/cases', created.id]);
    } catch (error) {
      this.failure.set(ApiError.from(error));
    } finally {
      this.sending.set(false);
    }
  }
}
