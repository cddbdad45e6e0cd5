import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslateService } from '../i18n/translate.service';
import type { ContractProblem } from './contract-check';

/**
 * The message under a form field for its current errors: a problem from the service first
 * (it is the most specific), then the contract's (see `checkAgainstContract`), then the local
 * validators. Impure for the language switch.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return this.i18n.problem(errors['server']);
    const contract = errors['contract'] as ContractProblem | undefined;
    if (contract?.code === 'required') return this.i18n.t('common.required');
    if (contract?.code === 'tooShort') return this.i18n.t('common.tooShort', { n: contract.minimum ?? 0 });
    if (contract?.code === 'outOfRange') return this.i18n.t('common.outOfRange');
    if (errors['required']) return this.i18n.t('common.required');
    const minlength = errors['minlength'] as { requiredLength: number } | undefined;
    if (minlength) return this.i18n.t('common.tooShort', { n: minlength.requiredLength });
    if (errors['mismatch']) return this.i18n.t('profile.mismatch');
    return this.i18n.refusal('VALIDATION_FAILED');
  }
}
