import { FormControl, type FormGroup, type ValidatorFn } from '@angular/forms';
import type { Observable } from 'rxjs';
import type { FieldLayout } from '../forms/field-spec';
import type { MessageKey } from '../i18n/messages.zh-cn';
import type { MessageParams, TranslateService } from '../i18n/translate.service';

/** The form of an act: one control for each value it records. */
export type ActForm<V> = FormGroup<{ [K in keyof V]: FormControl<V[K]> }>;

/**
 * One thing done to a record in a dialog, as data: the dialog's title and button, a line or an
 * alert above the fields, the form's controls (from what is on record when the dialog opens),
 * its fields (which may follow what is typed), the call that records it and the notice once
 * done. `T` is what the act works on and the service it calls (the page builds it); `R` is the
 * call's answer, which the dialog hands back to the page (the new record's id, say).
 * `ActDialogComponent` runs any of them the same way.
 */
export interface DialogAct<T, V, R = unknown> {
  readonly title: MessageKey;
  readonly titleParams?: (target: T, i18n: TranslateService) => MessageParams;
  readonly width?: string;
  readonly okText?: MessageKey;
  readonly okDanger?: boolean;
  readonly okTestId?: string;
  readonly errorTestId?: string;
  /** The form's test id, which also prefixes its fields' ids. */
  readonly testId?: string;
  /** Whether the alert lists every problem the service found, for a form with a single field. */
  readonly allProblems?: boolean;
  /** For an edit of a versioned record: when someone else saved first, the alert offers to load it again. */
  readonly reloadable?: boolean;
  /** The refusals whose own sentence carries specifics worth showing (how much is still inside). */
  readonly serverMessageFor?: readonly string[];
  /** Whether Enter in a field records the act like the button. */
  readonly enterSaves?: boolean;
  /** An alert above the fields: what the act means (info) or what it costs (a warning, with its icon). */
  readonly alert?: { readonly type: 'info' | 'warning'; readonly text: MessageKey };
  /** A line above the fields naming what the act is done to. */
  readonly note?: (target: T) => string;
  readonly form: (target: T) => ActForm<V>;
  readonly fields: (value: V, i18n: TranslateService, target: T) => FieldLayout;
  readonly send: (value: V, target: T) => Observable<R>;
  /** The notice once done; an act without one keeps its answer in the dialog (see `answer`). */
  readonly done?: MessageKey;
  readonly doneParams?: (value: V, target: T) => MessageParams;
  /**
   * An act whose answer is read, not saved (a number revealed): the dialog shows the answer in
   * place of the fields, under the heading named here, and offers only to close.
   */
  readonly answer?: { readonly heading: (target: T) => string; readonly testId: string };
}

/** An act and what it is done to: what a page opens the act's dialog with. */
export interface ActOn<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any act's values, typed by the act itself
  readonly act: DialogAct<T, any, unknown>;
  readonly target: T;
}

/** A control of an act's form that always has a value. */
export const actControl = <T>(value: T, ...validators: ValidatorFn[]): FormControl<T> =>
  new FormControl<T>(value, { nonNullable: true, validators });
