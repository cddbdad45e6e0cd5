import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { Observable } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { SessionService } from '../auth/session.service';
import { notices } from '../i18n/notices';
import { TranslateService } from '../i18n/translate.service';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { FormSubmission } from '../forms/form-submission';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { REASON_MAX, terminationReasonValidator } from './termination-reason';

/**
 * 终止: an administrator's way out for a stuck request, item or case. Shown only to system
 * administrators while the record still runs; asks for the reason in a confirmation dialog and
 * sends it with `send`, which the page binds to its service's terminate call.
 */
@Component({
  selector: 'bst-terminate-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    ErrorAlertComponent,
  ],
  template: `
    @if (shown()) {
      <button nz-button nzDanger type="button" (click)="open()" data-testid="terminate-open">
        <nz-icon nzType="stop" />{{ 'termination.action' | t }}
      </button>
      <nz-modal
        [nzVisible]="dialog()"
        [nzTitle]="'termination.title' | t: { what: what() }"
        [nzFooter]="footer"
        (nzOnCancel)="dialog.set(false)"
      >
        <ng-container *nzModalContent>
          <nz-alert
            class="form-alert"
            nzType="warning"
            nzShowIcon
            [nzMessage]="'termination.warning' | t"
            data-testid="terminate-warning"
          />
          @if (submission.failure(); as failure) {
            <bst-error-alert
              class="form-alert"
              [error]="failure"
              [extraProblems]="submission.unmatched()"
              [showServerMessage]="true"
              data-testid="terminate-error"
            />
          }
          <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
            <nz-form-item>
              <nz-form-label nzFor="terminate-reason" nzRequired>{{
                'termination.reason' | t
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="reasonError()" [nzExtra]="'termination.reasonHint' | t">
                <textarea
                  nz-input
                  id="terminate-reason"
                  rows="4"
                  [attr.maxlength]="max"
                  formControlName="reason"
                  data-testid="terminate-reason"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
          </form>
        </ng-container>
        <ng-template #footer>
          <button nz-button type="button" (click)="dialog.set(false)">{{ 'common.cancel' | t }}</button>
          <button
            nz-button
            nzType="primary"
            nzDanger
            type="button"
            [nzLoading]="submission.saving()"
            (click)="submit()"
            data-testid="terminate-confirm"
          >
            {{ 'termination.confirm' | t }}
          </button>
        </ng-template>
      </nz-modal>
    }
  `,
})
export class TerminateButtonComponent {
  private readonly session = inject(SessionService);
  private readonly i18n = inject(TranslateService);
  private readonly notice = notices();

  /** What is terminated, as the dialog's title names it (the request's number, the item's …). */
  readonly what = input.required<string>();
  /** Whether the record still runs; an ended one has nothing to terminate. */
  readonly running = input.required<boolean>();
  /** The service's terminate call for this record. */
  readonly send = input.required<(reason: string) => Observable<unknown>>();
  readonly terminated = output();

  protected readonly max = REASON_MAX;
  protected readonly shown = computed(() => this.running() && !!this.session.me()?.isAdmin);
  protected readonly dialog = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [terminationReasonValidator]],
  });
  protected readonly submission = new FormSubmission(this.form);
  private readonly touched = signal(0);

  protected readonly reasonError = computed(() => {
    this.touched();
    this.i18n.language();
    const problem = this.form.controls.reason.errors?.['reason'] as string | undefined;
    const server = this.form.controls.reason.errors?.['server'] as string | undefined;
    if (server) return this.i18n.problem(server);
    return problem ? this.i18n.t(`termination.problem.${problem}` as 'termination.problem.required') : '';
  });

  constructor() {
    this.form.controls.reason.statusChanges.subscribe(() => this.touched.update((n) => n + 1));
  }

  protected open(): void {
    this.form.reset();
    this.submission.failure.set(null);
    this.dialog.set(true);
  }

  protected submit(): Promise<boolean> {
    this.touched.update((n) => n + 1);
    return this.submission.submit(
      () => this.send()(this.form.getRawValue().reason.trim()),
      () => {
        this.dialog.set(false);
        this.notice.done('termination.done', { what: this.what() });
        this.terminated.emit();
      },
    );
  }
}
