import { inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom, type Observable } from 'rxjs';
import { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslateService } from '../i18n/translate.service';
import type { RecordRowTexts } from './record-row.component';

/** One row of a paper record: a key that stays with it when rows move, and what was typed. */
export interface PaperRecordRow<D> {
  key: number;
  draft: D;
}

/** How a paper record is sent: the console's own checks, the call, and where the new record is. */
export interface PaperRecordSend<V> {
  /** Puts the console's own problems at their fields; answers whether the record may go. */
  check: () => boolean;
  call: () => Observable<V>;
  done: MessageKey;
  /** The route of the record the service made. */
  then: (created: V) => readonly unknown[];
  /** Puts the service's problems at their rows and fields. */
  place: (error: ApiError) => void;
}

/**
 * A record kept on paper being typed in, row by row (a development case's steps, an item's), the
 * same way for both: rows added, moved and removed, each row's problems kept by its key so they
 * stay with it when rows move, and the whole record sent at once; what was typed stays for the
 * correction when the service refuses it. Create it where `inject` works.
 */
export class PaperRecord<R extends PaperRecordRow<R['draft']>, F extends string> {
  readonly rows = signal<R[]>([]);
  /** By row key, the problems at a row's fields. */
  readonly fieldProblems = signal<ReadonlyMap<number, Partial<Record<F, string>>>>(new Map());
  /** By row key, the problems of a row as a whole. */
  readonly rowProblems = signal<ReadonlyMap<number, string[]>>(new Map());
  readonly failure = signal<ApiError | null>(null);
  /** The service's problems that fit no row. */
  readonly otherProblems = signal<string[]>([]);
  readonly sending = signal(false);
  private readonly message = inject(NzMessageService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);
  private nextKey = 1;

  /** @param newRow a new row at the end of those there are. */
  constructor(private readonly newRow: (key: number, rows: readonly R[]) => R) {}

  readonly fieldsOf = (key: number): Partial<Record<F, string>> => this.fieldProblems().get(key) ?? {};
  readonly problemsOf = (key: number): string[] => this.rowProblems().get(key) ?? [];

  /** The words of row `i`, from the catalogue's keys of the page. */
  rowTexts(keys: { [K in keyof RecordRowTexts]: MessageKey }, i: number): RecordRowTexts {
    return {
      title: this.i18n.t(keys.title, { n: i + 1 }),
      type: this.i18n.t(keys.type),
      up: this.i18n.t(keys.up),
      down: this.i18n.t(keys.down),
      remove: this.i18n.t(keys.remove),
    };
  }

  add(): void {
    this.rows.update((rows) => [...rows, this.newRow(this.nextKey++, rows)]);
  }

  remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }

  move(index: number, by: -1 | 1): void {
    this.rows.update((rows) => {
      const target = index + by;
      if (target < 0 || target >= rows.length) return rows;
      const next = [...rows];
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });
  }

  update(index: number, change: (row: R) => R): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? change(row) : row)));
  }

  setDraft(index: number, draft: R['draft']): void {
    this.update(index, (row) => ({ ...row, draft }));
  }

  async submit<V>(how: PaperRecordSend<V>): Promise<void> {
    if (this.sending() || !how.check()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.otherProblems.set([]);
    try {
      const created = await firstValueFrom(how.call());
      this.message.success(this.i18n.t(how.done));
      await this.router.navigate(how.then(created));
    } catch (error) {
      const apiError = ApiError.from(error);
      this.failure.set(apiError);
      how.place(apiError);
    } finally {
      this.sending.set(false);
    }
  }
}
