import type { PersonRef } from '@bastion/approvals-contracts';
import type { OrgKind } from '@bastion/identity-contracts';
import type { MessageKey } from '../i18n/messages.zh-cn';

/** How a field of a draft is typed in. `slot` is a widget of the page's own, given as a template. */
export type DraftFieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'person'
  | 'org'
  | 'select'
  | 'tags'
  | 'radio'
  | 'checkbox'
  | 'checks'
  | 'slot';

/** One choice of a select, a radio group or a set of checkboxes. */
export interface DraftOption {
  value: unknown;
  /** The catalogue's words for it; `text` instead for words of the record (a name, a title). */
  label?: MessageKey;
  params?: Record<string, string | number>;
  text?: string;
  /** The tail of the option's test id, `<field's test id>-<id>`. */
  id?: string;
}

/**
 * One field of a form that keeps its own draft, as data: which of the draft's fields it edits,
 * how, its label and what it allows. Forms describe their fields with these and one component
 * (`bst-draft-fields`) lays them out, so the markup of a field is written once.
 */
export interface DraftField {
  /** The draft's field; a problem under the same name is shown at it. */
  key: string;
  kind: DraftFieldKind;
  label?: MessageKey;
  required?: boolean;
  /** The tail of the input's id and test id, `<form's test id>-<id>`; without it, no test id. */
  id?: string;
  /** A hint under the input. */
  hint?: MessageKey;
  maxlength?: number;
  rows?: number;
  min?: number;
  max?: number;
  step?: number;
  options?: readonly DraftOption[];
  /** A person picker's limit and the people it offers without a search. */
  people?: { max: number; suggestions?: readonly PersonRef[] };
  /** An organisation picker: the kinds it lets one choose, its root, its placeholder. */
  org?: { selectable?: readonly OrgKind[]; root?: string | null; placeholder?: MessageKey };
  /** Names offered as one types in a text field (a datalist). */
  suggestions?: readonly MessageKey[];
}

/** Fields side by side in a row, stacking on a narrow screen. */
export interface DraftFieldRow {
  row: readonly DraftField[];
}

/** What a form lays out: fields one under another, and rows of short ones. */
export type DraftLayout = readonly (DraftField | DraftFieldRow)[];

export function isDraftRow(entry: DraftField | DraftFieldRow): entry is DraftFieldRow {
  return 'row' in entry;
}

/** Options from a list of values whose catalogue key is `<prefix>.<value>`; the value is the test id's tail. */
export function keyedOptions(values: readonly (string | number)[], prefix: string): DraftOption[] {
  return values.map((value) => ({ value, label: `${prefix}.${value}` as MessageKey, id: String(value) }));
}
