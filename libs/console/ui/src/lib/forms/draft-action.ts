import { inject, signal, type WritableSignal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom, type Observable } from 'rxjs';
import { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslateService } from '../i18n/translate.service';
import { keepKeyAfter, newIdempotencyKey } from './idempotency';

/** How one action of a draft is sent: what it lacks, whether the user confirms, the call and after. */
export interface DraftSend<F extends string, V> {
  /** The fields the draft still lacks, each with the catalogue's words for it. */
  missing: () => Partial<Record<F, MessageKey>>;
  /** Asked once the draft is complete; the action is sent only on a yes. */
  confirm: () => boolean | Promise<boolean>;
  /** The request, with the key a retry after a lost answer sends again. */
  call: (idempotencyKey: string) => Observable<V>;
  /** What the success message says. */
  doneText: () => string;
  acted: (result: V) => void;
}

/**
 * One action on a record typed into a draft (a step on a development case, an action on an
 * item), sent the same way everywhere: an edit clears the problems of the fields it changed; a
 * draft that lacks something is not sent; a refusal keeps what was typed, shows the rule's reason
 * and puts each of the service's problems at its field; a retry after a lost answer sends the
 * same idempotency key, so the action is taken once. Create it where `inject` works.
 */
export class DraftAction<D extends object, F extends string & keyof D> {
  readonly problems = signal<Partial<Record<F, string>>>({});
  readonly failure = signal<ApiError | null>(null);
  readonly sending = signal(false);
  private readonly i18n = inject(TranslateService);
  private readonly message = inject(NzMessageService);
  private idempotencyKey = newIdempotencyKey();

  /**
   * @param draft what the user typed.
   * @param fieldOf the draft's field a problem of the service names, if any.
   */
  constructor(
    readonly draft: WritableSignal<D>,
    private readonly fieldOf: (path: string) => F | null,
  ) {}

  /** A new draft from the fields; what was said of a field the edit changed goes. */
  edit(next: D): void {
    const before = this.draft();
    this.draft.set(next);
    const changed = (Object.keys(next) as F[]).filter((field) => next[field] !== before[field]);
    if (changed.some((field) => field in this.problems())) {
      this.problems.update(
        (problems) =>
          Object.fromEntries(
            Object.entries(problems).filter(([field]) => !changed.includes(field as F)),
          ) as Partial<Record<F, string>>,
      );
    }
  }

  async send<V>(how: DraftSend<F, V>): Promise<void> {
    if (this.sending()) return;
    const missing = how.missing();
    if (Object.keys(missing).length) {
      this.problems.set(
        Object.fromEntries(
          Object.entries(missing).map(([field, key]) => [field, this.i18n.t(key as MessageKey)]),
        ) as Partial<Record<F, string>>,
      );
      return;
    }
    if (!(await how.confirm())) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      const result = await firstValueFrom(how.call(this.idempotencyKey));
      this.message.success(how.doneText());
      this.idempotencyKey = newIdempotencyKey();
      this.problems.set({});
      how.acted(result);
    } catch (error) {
      const apiError = ApiError.from(error);
      if (!keepKeyAfter(apiError)) this.idempotencyKey = newIdempotencyKey();
      this.failure.set(apiError);
      const fields: Partial<Record<F, string>> = {};
      for (const { field, problem } of apiError.details) {
        const name = this.fieldOf(field);
        if (name) fields[name] = this.i18n.problem(problem);
      }
      this.problems.set(fields);
    } finally {
      this.sending.set(false);
    }
  }
}
