import type { PersonRef } from '@bastion/approvals-contracts';
import type { OrgKind, OrgRef } from '@bastion/identity-contracts';
import type { PersonQuery } from '../api/identity-api.service';
import type { MessageKey } from '../i18n/messages.zh-cn';
import type { MessageParams } from '../i18n/translate.service';

/**
 * How a field is typed in: a line of text (a password), a figure, a few lines, a day, a person,
 * an organisation, one of a few options (a select or radios), names as tags, a yes-or-no (a
 * checkbox carrying the label, or a switch under it), a set of checkboxes, files uploaded, or (`slot`) a widget of the page's own, given as a template.
 */
export type FieldKind =
  | 'text'
  | 'password'
  | 'textarea'
  | 'number'
  | 'date'
  | 'person'
  | 'org'
  | 'select'
  | 'tags'
  | 'radio'
  | 'checkbox'
  | 'switch'
  | 'checks'
  | 'files'
  | 'slot';

/** The membership a person picker searches among. */
export type PersonMembership = NonNullable<PersonQuery['status']>;

/** Words at a field: the catalogue's, with their parameters, or words given as they are (a record's own). */
export type FieldText = MessageKey | { key: MessageKey; params: MessageParams } | { text: string };

/** One choice of a select, a radio group or a set of checkboxes. */
export interface FieldOption {
  value: unknown;
  /** The catalogue's words for it; `text` instead for words given as they are (a name, a title). */
  label?: MessageKey;
  params?: MessageParams;
  text?: string;
  disabled?: boolean;
  /** The tail of the option's test id, `<field's test id>-<id>`. */
  id?: string;
}

/**
 * One field of a form, as data: the value it edits (the control of that name in a reactive
 * form's group, or the member of a draft), how, its label and what it allows. Every form
 * describes its fields with these and one component (`bst-form-fields`) lays them out, so the
 * markup of a field is written once.
 */
export interface FieldSpec {
  /** The control (a path in the group: `settings.minAge`) or the draft's member; a problem under the same name is shown at the field. */
  key: string;
  kind: FieldKind;
  label?: MessageKey;
  /** Whether the label is marked required; by default, when the field's control requires a value. */
  required?: boolean;
  /** The input's id, which the label names: `<form's test id>-<id>`, or `<id>` in a form without one. */
  id?: string;
  /** The input's test id where it is not its id. */
  testId?: string;
  /** A hint under the input. */
  hint?: FieldText;
  placeholder?: FieldText;
  /** The field's own words for any problem with it, in place of the validators'. */
  errorText?: MessageKey;
  autocomplete?: string;
  /** An icon inside a line of text, before it. */
  icon?: string;
  maxlength?: number;
  rows?: number;
  /** Text set in a monospaced font, where columns of dates or codes must line up. */
  monospace?: boolean;
  min?: number;
  max?: number;
  step?: number;
  options?: readonly FieldOption[];
  /** What a select says when it has no options. */
  empty?: MessageKey;
  /**
   * A person picker's limit, the people it offers without a search and the ids it never offers
   * (the user, say); the membership it searches (full members, where a step names full members),
   * its placeholder, and a note under it (`<test id>-hint`) saying what is checked of the people picked.
   */
  people?: {
    max: number;
    suggestions?: readonly PersonRef[];
    exclude?: readonly string[];
    membership?: PersonMembership;
    placeholder?: MessageKey;
    note?: MessageKey;
  };
  /** An organisation picker: the kinds it lets one choose, its root, its placeholder, the one the record names now. */
  org?: {
    selectable?: readonly OrgKind[] | null;
    root?: string | null;
    placeholder?: MessageKey;
    current?: OrgRef | null;
  };
  /** Names offered as one types in a text field (a datalist). */
  suggestions?: readonly MessageKey[];
}

/** Fields side by side in a row, stacking on a narrow screen. */
export interface FieldRow {
  row: readonly FieldSpec[];
}

/** What a form lays out: fields one under another, and rows of short ones. */
export type FieldLayout = readonly (FieldSpec | FieldRow)[];

export function isFieldRow(entry: FieldSpec | FieldRow): entry is FieldRow {
  return 'row' in entry;
}

/** Options from a list of values whose catalogue key is `<prefix>.<value>`; the value is the test id's tail. */
export function keyedOptions(values: readonly (string | number)[], prefix: string): FieldOption[] {
  return values.map((value) => ({ value, label: `${prefix}.${value}` as MessageKey, id: String(value) }));
}
