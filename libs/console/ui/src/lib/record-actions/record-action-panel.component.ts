import {
  ChangeDetectionStrategy,
  Component,
  computed,
  Directive,
  effect,
  inject,
  input,
  inputBinding,
  type InputSignal,
  linkedSignal,
  output,
  outputBinding,
  type OutputEmitterRef,
  type Type,
  untracked,
  ViewContainerRef,
} from '@angular/core';
import {
  type ActionGroup,
  type ActionPanelTexts,
  OfferedActionsComponent,
} from '../actions/offered-actions.component';
import type { MessageKey } from '../i18n/messages.zh-cn';

/** What the panel needs of an action's form (a `RecordActionForm`): the action, the record, and its answer. */
export interface ActionFormOf<T extends string, V> {
  readonly type: InputSignal<T>;
  readonly view: InputSignal<V>;
  readonly acted: OutputEmitterRef<V>;
  readonly cancelled: OutputEmitterRef<void>;
}

/**
 * The action panel of one kind of record, as data: its words and test ids, the actions the
 * service allows the caller now (in the order of their buttons) and the rows they stand in, the
 * capacities the caller acts in, and the form that takes an action.
 */
export interface RecordActions<T extends string, V> {
  readonly texts: ActionPanelTexts;
  readonly labels: Readonly<Record<T, { zh: string; en: string }>>;
  readonly form: Type<ActionFormOf<T, V>>;
  offered(view: V): readonly T[];
  groups(offered: readonly T[]): ActionGroup<T>[];
  /** The capacities the caller acts in, each as its text's key. */
  capacities(view: V): readonly MessageKey[];
  readonly testId: string;
  readonly nothingTestId: string;
  /** Each button's test id is this followed by its action; `action-` by default. */
  readonly buttonTestId?: string;
}

/** Draws an action's form in its place, with the action and the record, and passes on its answer. */
@Directive({ selector: 'ng-container[bstActionForm]' })
export class ActionFormDirective<T extends string, V> {
  readonly bstActionForm = input.required<Type<ActionFormOf<T, V>>>();
  readonly type = input.required<T>();
  readonly view = input.required<V>();
  readonly acted = output<V>();
  readonly cancelled = output();

  constructor() {
    const place = inject(ViewContainerRef);
    effect(() => {
      const form = this.bstActionForm();
      untracked(() => {
        place.clear();
        place.createComponent(form, {
          bindings: [
            inputBinding('type', this.type),
            inputBinding('view', this.view),
            outputBinding<V>('acted', (view) => this.acted.emit(view)),
            outputBinding('cancelled', () => this.cancelled.emit()),
          ],
        });
      });
    });
  }
}

/**
 * What the caller may do with a record (a development case, a rectification item), and nothing
 * else: the buttons are exactly the actions the service allows, under the capacities the caller
 * acts in; a click opens that action's form, which closes again when the record changes so that
 * the action is no longer offered. The record as the form's answer left it goes to the page.
 */
@Component({
  selector: 'bst-record-action-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OfferedActionsComponent, ActionFormDirective],
  template: `
    @let spec = actions();
    <bst-offered-actions
      [testId]="spec.testId"
      [buttonTestId]="spec.buttonTestId ?? 'action-'"
      [nothingTestId]="spec.nothingTestId"
      [texts]="spec.texts"
      [capacities]="spec.capacities(view())"
      [groups]="groups()"
      [labels]="spec.labels"
      [(selected)]="selected"
    >
      @if (selected(); as type) {
        <ng-container
          [bstActionForm]="spec.form"
          [type]="type"
          [view]="view()"
          (acted)="done($event)"
          (cancelled)="selected.set(null)"
        />
      }
    </bst-offered-actions>
  `,
  styles: ':host { display: block; }',
})
export class RecordActionPanelComponent<T extends string, V> {
  readonly actions = input.required<RecordActions<T, V>>();
  readonly view = input.required<V>();
  readonly acted = output<V>();

  private readonly offered = computed(() => this.actions().offered(this.view()));
  protected readonly groups = computed(() => this.actions().groups(this.offered()));
  /** The form open; closed again when the record changes under it and no longer offers it. */
  protected readonly selected = linkedSignal<readonly T[], T | null>({
    source: () => this.offered(),
    computation: (offered, previous) => {
      const open = previous?.value ?? null;
      return open && offered.includes(open) ? open : null;
    },
  });

  protected done(view: V): void {
    this.selected.set(null);
    this.acted.emit(view);
  }
}
