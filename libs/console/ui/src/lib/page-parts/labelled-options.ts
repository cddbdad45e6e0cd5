import type { FieldOption } from '../forms/field-spec';
import type { TranslateService } from '../i18n/translate.service';

/** A value's name in both languages, as the contracts label every value of a closed set. */
type LabelPair = Readonly<{ zh: string; en: string }>;

/**
 * The choices of a field among a closed set of values (a source, a category, a seriousness), in
 * the set's order, each named in the page's language. Read it in a computed, so the names follow
 * a switch of language.
 */
export function labelledOptions<V extends string>(
  i18n: TranslateService,
  values: readonly V[],
  labels: Readonly<Record<V, LabelPair>>,
): (FieldOption & { value: V; text: string })[] {
  return values.map((value) => ({ value, text: i18n.label(labels[value]) }));
}
