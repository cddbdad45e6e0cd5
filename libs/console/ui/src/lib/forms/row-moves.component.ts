import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { KIT_IMPORTS } from '../imports/kit-imports';

/** The words the buttons of a movable row say to a screen reader, in the page's language. */
export interface RowMoveTexts {
  up: string;
  down: string;
  remove: string;
}

/**
 * The buttons that order a list of rows edited in place (a paper record's steps, a route's
 * stages): up, down and remove. The first row does not go up, the last not down, and a list
 * that must keep one row (`removable` false) does not lose it. `removeTestId` marks remove.
 */
@Component({
  selector: 'bst-row-moves',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `
    @for (move of moves; track move.icon) {
      <button
        nz-button
        nzType="text"
        [nzSize]="size()"
        [nzDanger]="move.step === 0"
        type="button"
        [disabled]="move.step === -1 ? first() : move.step === 1 ? last() : !removable()"
        (click)="move.step === 0 ? removed.emit() : moved.emit(move.step)"
        [attr.aria-label]="texts()[move.text]"
        [attr.data-testid]="move.step === 0 ? removeTestId() : null"
      >
        <nz-icon [nzType]="move.icon" />
      </button>
    }
  `,
  styles: ':host { display: inline-flex; align-items: center; }',
})
export class RowMovesComponent {
  readonly first = input(false);
  readonly last = input(false);
  readonly removable = input(true);
  readonly texts = input.required<RowMoveTexts>();
  readonly size = input<'default' | 'small'>('default');
  readonly removeTestId = input<string | null>(null);
  readonly moved = output<-1 | 1>();
  readonly removed = output();

  protected readonly moves = [
    { step: -1, icon: 'arrow-up', text: 'up' },
    { step: 1, icon: 'arrow-down', text: 'down' },
    { step: 0, icon: 'delete', text: 'remove' },
  ] as const;
}
