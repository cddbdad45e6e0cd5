import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzInputModule } from 'ng-zorro-antd/input';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * The search field above a list: what is typed applies on Enter or the button, trimmed, so a
 * list is not fetched again on every keystroke. Test ids are `testId` and `<testId>-submit`.
 */
@Component({
  selector: 'bst-search-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, FormsModule, NzInputModule],
  template: `
    <nz-input-group nzSearch [nzAddOnAfter]="button">
      <input
        nz-input
        type="search"
        [placeholder]="placeholder()"
        [attr.aria-label]="placeholder()"
        [ngModel]="typed()"
        (ngModelChange)="typed.set($event)"
        (keydown.enter)="submit()"
        [attr.data-testid]="testId()"
      />
    </nz-input-group>
    <ng-template #button>
      <button
        nz-button
        nzType="primary"
        nzSearch
        type="button"
        (click)="submit()"
        [attr.aria-label]="'common.search' | t"
        [attr.data-testid]="testId() + '-submit'"
      >
        <nz-icon nzType="search" />
      </button>
    </ng-template>
  `,
  styles: ':host { display: inline-block; } nz-input-group { width: 100%; }',
})
export class SearchBoxComponent {
  readonly placeholder = input('');
  /** The search in force, e.g. from the address; the field starts from it. */
  readonly value = input('');
  readonly testId = input('search');
  readonly searched = output<string>();

  protected readonly typed = linkedSignal(() => this.value());

  protected submit(): void {
    this.searched.emit(this.typed().trim());
  }
}
