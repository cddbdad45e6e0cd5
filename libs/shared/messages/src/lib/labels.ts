import { type TextKey, textCatalogue } from './catalogue';
import type { Message } from './message';

/**
 * The names of a closed set of values (statuses, roles, kinds) from the catalogue, each kept under
 * `<prefix>.<value>`: a contract's label table, read by key instead of written out again. The
 * compiler refuses a set with a value the catalogue has no text for.
 */
export function catalogueLabels<const V extends string | number, P extends string>(
  prefix: P,
  values: readonly V[] & ([`${P}.${V}`] extends [TextKey] ? unknown : never),
): Record<V, Message> {
  return Object.fromEntries(
    values.map((value) => [value, textCatalogue[`${prefix}.${value}` as TextKey]]),
  ) as Record<V, Message>;
}
