import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  output,
} from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { CreatePerson, PersonDetail, UpdatePerson } from '@bastion/identity-contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import {
  DIALOG_FORM_IMPORTS,
  type FieldLayout,
  type FieldText,
  FormSubmission,
  fromLocalDate,
  IdentityApi,
  type MessageKey,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';
import { genderLabel } from './people-labels';

/**
 * Creates a person or edits one. The service validates the ID number and phone; whatever it
 * refuses is shown at the field, and the values stay as typed.
 */
@Component({
  selector: 'bst-person-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS],
  templateUrl: './person-form.component.html',
})
export class PersonFormComponent implements OnInit {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  readonly mode = input.required<'create' | 'edit'>();
  readonly person = input<PersonDetail | null>(null);
  readonly saved = output<string>();
  readonly closed = output();
  readonly reload = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    gender: ['male' as 'male' | 'female', Validators.required],
    birthDate: [null as Date | null],
    idNumber: [''],
    phone: [''],
    workUnit: [''],
    orgId: ['', Validators.required],
  });
  /**
   * The ID number and phone are kept masked: typed in full, never shown back, and on an edit an
   * empty field keeps the stored one.
   */
  protected readonly fields = computed((): FieldLayout => {
    const person = this.person();
    const hint = (key: MessageKey): FieldText => (this.mode() === 'edit' ? key : { text: '' });
    const genders = (['male', 'female'] as const).map((g) => ({ value: g, label: genderLabel(g) }));
    return [
      { key: 'name', label: 'person.name', kind: 'text', id: 'person-name', testId: 'person-form-name' },
      { key: 'gender', label: 'person.gender', kind: 'radio', options: genders },
      {
        key: 'orgId',
        label: 'person.org',
        kind: 'org',
        testId: 'person-form-org',
        org: { current: person?.org ?? null },
      },
      { key: 'birthDate', label: 'person.birthDate', kind: 'date', id: 'person-birth' },
      {
        key: 'idNumber',
        label: 'person.idNumber',
        kind: 'text',
        id: 'person-id',
        autocomplete: 'off',
        hint: hint('person.idNumberHint'),
        placeholder: { text: person?.idNumberMasked ?? '' },
      },
      {
        key: 'phone',
        label: 'person.phone',
        kind: 'text',
        id: 'person-phone',
        autocomplete: 'off',
        hint: hint('person.phoneHint'),
        placeholder: { text: person?.phoneMasked ?? '' },
      },
      { key: 'workUnit', label: 'person.workUnit', kind: 'text', id: 'person-unit' },
    ];
  });
  protected readonly submission = new FormSubmission(this.form);

  ngOnInit(): void {
    const person = this.person();
    if (this.mode() === 'edit' && person) {
      this.form.setValue({
        name: person.name,
        gender: person.gender,
        birthDate: fromLocalDate(person.birthDate),
        idNumber: '',
        phone: '',
        workUnit: person.workUnit ?? '',
        orgId: person.org.id,
      });
    }
  }

  protected submit(): Promise<boolean> {
    const person = this.person();
    if (this.mode() === 'edit' && person) {
      return this.submission.submit(
        () => this.api.updatePerson(person.id, this.updateInput(person.version)),
        () => {
          this.message.success(this.i18n.t('common.saved'));
          this.saved.emit(person.id);
        },
      );
    }
    return this.submission.submit(
      () => this.api.createPerson(this.createInput()),
      ({ id }) => {
        this.message.success(this.i18n.t('person.created', { name: this.form.controls.name.value.trim() }));
        this.saved.emit(id);
      },
    );
  }

  private createInput(): CreatePerson {
    const v = this.form.getRawValue();
    const optional = (value: string | null) => (value?.trim() ? value.trim() : undefined);
    return {
      name: v.name.trim(),
      gender: v.gender,
      orgId: v.orgId,
      birthDate: toLocalDate(v.birthDate) ?? undefined,
      idNumber: optional(v.idNumber),
      phone: optional(v.phone),
      workUnit: optional(v.workUnit),
    };
  }

  private updateInput(version: number): UpdatePerson {
    const v = this.form.getRawValue();
    return {
      version,
      name: v.name.trim(),
      gender: v.gender,
      orgId: v.orgId,
      birthDate: toLocalDate(v.birthDate),
      workUnit: v.workUnit.trim() || null,
      // The stored numbers are never sent to the console in full; an empty field keeps one unchanged.
      ...(v.idNumber.trim() ? { idNumber: v.idNumber.trim() } : {}),
      ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
    };
  }
}
