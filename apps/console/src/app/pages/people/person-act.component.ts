import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import type { Office, PersonDetail, Sanction } from '@bastion/identity-contracts';
import { map, startWith, switchMap } from 'rxjs';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  savedNotice,
  TranslateService,
} from '@bastion/console-ui';
import { PERSON_ACTS, type PersonAct, type PersonActName } from './person-acts';

type AnyAct = PersonAct<Record<string, unknown>>;

/**
 * The dialog of one act on a person (membership, an office, a voter exclusion, a sanction,
 * ending an office, restoring rights): its fields as the act declares them, following what is
 * typed, and the act's call when saved.
 */
@Component({
  selector: 'bst-person-act',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS],
  template: `
    @let spec = act();
    <bst-form-dialog
      [title]="spec.title | t: spec.titleParams?.(target(), i18n)"
      [okText]="spec.okText ? (spec.okText | t) : null"
      [okDanger]="!!spec.okDanger"
      [onlyUnmatched]="!spec.allProblems"
      [submission]="submission()"
      (ok)="submit()"
      (cancelled)="closed.emit()"
      [group]="form()"
      [layout]="fields()"
      [formTestId]="spec.testId ?? null"
      [enterSaves]="false"
    >
      @if (spec.note) {
        <p>{{ spec.note(target()) }}</p>
      }
    </bst-form-dialog>
  `,
})
export class PersonActComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();
  protected readonly i18n = inject(TranslateService);

  readonly name = input.required<PersonActName>();
  readonly person = input.required<PersonDetail>();
  readonly office = input<Office | null>(null);
  readonly sanction = input<Sanction | null>(null);
  readonly saved = output();
  readonly closed = output();

  protected readonly act = computed(() => PERSON_ACTS[this.name()] as unknown as AnyAct);
  protected readonly target = computed(() => ({
    person: this.person(),
    office: this.office(),
    sanction: this.sanction(),
  }));
  /** Made once per act from what is on record when the dialog opens; a reload does not reset it. */
  protected readonly form = computed((): FormGroup => {
    const act = this.act();
    return untracked(() => act.form(this.target()));
  });
  protected readonly submission = computed(() => new FormSubmission(this.form()));
  private readonly value = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => form.getRawValue()),
        ),
      ),
    ),
    { initialValue: {} },
  );
  protected readonly fields = computed(() => {
    const value = this.value();
    return Object.keys(value).length ? this.act().fields(value, this.i18n) : [];
  });

  protected submit(): Promise<boolean> {
    return this.submission().submit(
      () => this.act().send(this.api, this.form().getRawValue(), this.target()),
      () => this.notice(this.act().done, this.saved),
    );
  }
}
