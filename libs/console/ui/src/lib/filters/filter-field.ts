import type { MessageKey } from '../i18n/messages.zh-cn';
import type { OptionText } from './filter-select.component';

/** How one filter is picked: searched text, a choice, an organisation, a person, a day, a window of days, a check, or a widget of the page's own. */
export type FilterKind = 'search' | 'select' | 'org' | 'person' | 'date' | 'range' | 'check' | 'slot';

/**
 * One filter of a list page, as data: the value it sets (`key` of the page's filters), how it is
 * picked, its placeholder (a check's label) and its test id. A page lists its filters with these
 * and `bst-filter-fields` lays them out, so the markup of a filter bar is written once.
 */
export interface FilterField {
  readonly key: string;
  readonly kind: FilterKind;
  /** The placeholder; for a check, its label. */
  readonly label?: MessageKey;
  readonly testId?: string;
  readonly width?: string;
  /** A choice's values, in order, each named by `text`. */
  readonly options?: readonly unknown[];
  readonly text?: (option: never) => OptionText;
  /** A window's last day: the filter it sets and its placeholder (`key` and `label` are its first day). */
  readonly to?: { readonly key: string; readonly label: MessageKey };
}

/** The filters of a list as they stand, by key. */
export type FilterValues = Readonly<Record<string, unknown>>;

/**
 * What a filter bar reads and sets: the filters in force, whether they narrow the list, and what
 * a change, a clear and a reload do. `ListFilters` is one; a page whose filters live elsewhere
 * (in the address) gives its own.
 */
export interface FilterSource {
  readonly values: () => object;
  readonly filtered?: () => boolean;
  apply(changed: FilterValues): void;
  clear?(): void;
  reload(): void;
}
