import { computed, Directive, inject, input, linkedSignal, output } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ActionFormFrame } from '../forms/action-form.component';
import { DraftAction } from '../forms/draft-action';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslateService } from '../i18n/translate.service';
import { confirmer } from '../actions/confirm';

/** How one kind of action is taken: its name, what the draft lacks, whether to ask first, the call. */
export interface RecordActionSend<F extends string, V> {
  /** The action's name, for the success message and the confirmation. */
  name: string;
  done: MessageKey;
  missing: () => Partial<Record<F, MessageKey>>;
  /** The confirmation asked before the act, if it is one that closes or undoes something. */
  confirm: { title: MessageKey; content: MessageKey; danger: boolean } | null;
  call: (idempotencyKey: string) => Observable<V>;
}

/** How the frame of one kind of record's action forms reads: its test ids and the words on its button. */
export interface RecordActionLook {
  /** The form's test id, with the action's type. */
  formTestId: (type: string) => string;
  /** The buttons': `<testId>-submit`, `<testId>-error`. */
  testId: string;
  cancelTestId?: string;
  /** The button's words, given the action's name as `action`. */
  submitText: MessageKey;
}

/**
 * The form of one action on a record (a development case's step, a rectification item's action),
 * the same for both: the action and the record it acts on, a draft that starts from the record
 * and again whenever the record changes, sent by a `DraftAction` (problems at their fields, the
 * refusal's reason, one idempotency key per act), consequential acts confirmed first, and the
 * record as it stands afterwards handed to the page. A form says how its draft starts, where the
 * service's problems go and how each action is sent.
 */
@Directive()
export abstract class RecordActionForm<T extends string, V, D extends object, F extends string & keyof D> {
  private readonly confirm = confirmer();
  protected readonly i18n = inject(TranslateService);

  readonly type = input.required<T>();
  readonly view = input.required<V>();
  /** Whether the form offers a cancel button. */
  readonly cancellable = input(true);
  readonly acted = output<V>();
  readonly cancelled = output();

  /** Starts from the record, and again once the record has moved on. */
  protected readonly draft = linkedSignal<D>(() => this.startFrom(this.view()));
  protected readonly action = new DraftAction<D, F>(this.draft, (path) => this.fieldOf(path));
  protected readonly problems = this.action.problems;
  /** The frame (`form[bstActionForm]`) drawn around the fields: the refusal, the buttons, their test ids. */
  protected readonly frame = computed<ActionFormFrame>(() => {
    const type = this.type();
    const look = this.look;
    return {
      formTestId: look.formTestId(type),
      testId: look.testId,
      cancelTestId: look.cancelTestId,
      submitText: look.submitText,
      submitParams: { action: this.sendOf(type, this.draft()).name },
      action: this.action,
      danger: this.dangerous(type, this.draft()),
      cancellable: this.cancellable(),
      submit: () => void this.send(),
      cancel: () => this.cancelled.emit(),
    };
  });

  /** The test ids and button words of this kind of record's action forms. */
  protected abstract readonly look: RecordActionLook;

  protected abstract startFrom(view: V): D;
  /** The draft's field a problem of the service names, if any. */
  protected abstract fieldOf(path: string): F | null;
  /** How the action of this type is sent, with the draft as it stands. */
  protected abstract sendOf(type: T, draft: D): RecordActionSend<F, V>;

  /** Whether the button is red: the act closes or undoes something. */
  protected dangerous(_type: T, _draft: D): boolean {
    return false;
  }

  protected edit(draft: D): void {
    this.action.edit(draft);
  }

  protected send(): Promise<void> {
    const how = this.sendOf(this.type(), this.draft());
    const ask = how.confirm;
    return this.action.send({
      missing: how.missing,
      confirm: () =>
        !ask ||
        this.confirm({
          title: this.i18n.t(ask.title, { action: how.name }),
          content: this.i18n.t(ask.content),
          ok: how.name,
          danger: ask.danger,
        }),
      call: how.call,
      doneText: () => this.i18n.t(how.done, { action: how.name }),
      acted: (view) => this.acted.emit(view),
    });
  }
}
