import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { map, startWith, switchMap } from 'rxjs';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FormSubmission } from '../forms/form-submission';
import { notices } from '../i18n/notices';
import { TranslateService } from '../i18n/translate.service';
import type { ActOn } from './dialog-act';

/**
 * The dialog of one act on a record (creating or editing it, moving it, recording something on
 * it, reading a number kept masked): its fields as the act declares them, following what is
 * typed, the act's call when saved, the notice, and the call's answer handed to the page
 * (`saved`). The page opens it with the act and what it is done to (`acting`); `closed` asks the
 * page to close it, `reload` to load the record again.
 */
@Component({
  selector: 'bst-act-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS, NzAlertModule],
  template: `
    @let spec = act();
    @let answer = answered();
    <bst-form-dialog
      [title]="spec.title | t: spec.titleParams?.(target(), i18n)"
      [width]="spec.width ?? 520"
      [okText]="spec.okText ? (spec.okText | t) : null"
      [okDanger]="!!spec.okDanger"
      [okHidden]="answer !== null"
      [cancelText]="answer !== null ? ('common.close' | t) : null"
      [okTestId]="spec.okTestId ?? null"
      [errorTestId]="spec.errorTestId ?? null"
      [onlyUnmatched]="!spec.allProblems"
      [reloadable]="!!spec.reloadable"
      [serverMessageFor]="spec.serverMessageFor ?? []"
      [submission]="submission()"
      (ok)="submit()"
      (cancelled)="closed.emit()"
      (reload)="reload.emit()"
      [group]="answer === null ? form() : null"
      [layout]="fields()"
      [formTestId]="spec.testId ?? null"
      [enterSaves]="!!spec.enterSaves"
    >
      @if (spec.alert; as alert) {
        <nz-alert
          class="form-alert"
          [nzType]="alert.type"
          [nzShowIcon]="alert.type === 'warning'"
          [nzMessage]="alert.text | t"
        />
      }
      @if (spec.note) {
        <p>{{ spec.note(target()) }}</p>
      }
      @if (spec.answer; as shown) {
        @if (answer !== null) {
          <nz-alert
            nzType="info"
            [nzMessage]="shown.heading(target())"
            [nzDescription]="answer"
            [attr.data-testid]="shown.testId"
          />
        }
      }
    </bst-form-dialog>
  `,
})
export class ActDialogComponent<T> {
  private readonly notice = notices();
  protected readonly i18n = inject(TranslateService);

  readonly acting = input.required<ActOn<T>>();
  protected readonly act = computed(() => this.acting().act);
  protected readonly target = computed(() => this.acting().target);
  readonly saved = output<unknown>();
  readonly closed = output();
  readonly reload = output();

  /** Made once per act from what is on record when the dialog opens; a reload does not reset it. */
  protected readonly form = computed((): FormGroup => {
    const act = this.act();
    return untracked(() => act.form(this.target()));
  });
  protected readonly submission = computed(() => new FormSubmission(this.form()));
  /** The answer of an act that is read, once it came. */
  protected readonly answered = signal<string | null>(null);
  private readonly value = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => form.getRawValue() as Record<string, unknown>),
        ),
      ),
    ),
    { initialValue: {} },
  );
  protected readonly fields = computed(() => {
    const value = this.value();
    return Object.keys(value).length ? this.act().fields(value, this.i18n, this.target()) : [];
  });

  protected submit(): Promise<boolean> {
    const act = this.act();
    if (this.answered() !== null) return Promise.resolve(false);
    const value = this.form().getRawValue();
    return this.submission().submit(
      () => act.send(value, this.target()),
      (result) => {
        if (act.answer) {
          this.answered.set(String(result));
          return;
        }
        if (act.done) this.notice.done(act.done, act.doneParams?.(value, this.target()));
        this.saved.emit(result);
      },
    );
  }
}
