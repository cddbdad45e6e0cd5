import type { TranslateService } from '@bastion/console-ui';
import type { FormProblem } from './template-form';

/**
 * A schema problem in the user's words: the common ones (missing, too short, out of range) as
 * our sentences, the route's own rules through the problem dictionary, anything else as stated.
 */
export function problemText(i18n: TranslateService, p: FormProblem): string {
  const n = p.minimum ?? p.maximum ?? 0;
  switch (p.code) {
    case 'too_small':
      if (p.origin === 'string') return n <= 1 ? i18n.t('common.required') : i18n.t('common.tooShort', { n });
      if (p.origin === 'array')
        return n <= 1 ? i18n.t('common.required') : i18n.t('form.atLeastItems', { n });
      return i18n.t('form.atLeast', { n });
    case 'too_big':
      if (p.origin === 'string') return i18n.t('form.tooLong', { n });
      if (p.origin === 'array') return i18n.t('form.tooMany', { n });
      return i18n.t('form.atMost', { n });
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_format':
    case 'invalid_union':
      return /undefined|null|received ""|Invalid (UUID|input|option)/i.test(p.message)
        ? i18n.t('common.required')
        : i18n.problem(p.message);
    default:
      return i18n.problem(p.message);
  }
}
