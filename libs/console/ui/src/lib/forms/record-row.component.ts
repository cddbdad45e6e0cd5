import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ProblemListComponent } from './problem-list.component';
import { RowMovesComponent, type RowMoveTexts } from './row-moves.component';

/** The words a row of a paper record shows, in the page's language. */
export interface RecordRowTexts extends RowMoveTexts {
  title: string;
  type: string;
}

/**
 * One row of a paper record being typed in (a development case's steps, an item's): its number,
 * the kind of step, moving it up or down, removing it, what the service refused of it, and the
 * row's own fields inside. Test ids are `<testId>-row-<i>`, `<testId>-<i>-type`, `-remove`,
 * `-problems` and `<testId>-problem` for each problem.
 */
@Component({
  selector: 'bst-record-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzCardModule, NzSelectModule, ProblemListComponent, RowMovesComponent],
  template: `
    @let i = index();
    @let id = testId();
    <nz-card class="row" [class.invalid]="invalid()" [attr.data-testid]="id + '-row-' + i">
      <div class="row-head">
        <strong>{{ texts().title }}</strong>
        <nz-select
          class="type"
          [nzShowSearch]="searchable()"
          [ngModel]="type()"
          (ngModelChange)="typeChange.emit($event)"
          [attr.aria-label]="texts().type"
          [attr.data-testid]="id + '-' + i + '-type'"
        >
          @for (option of types(); track option.value) {
            <nz-option [nzValue]="option.value" [nzLabel]="option.label" />
          }
        </nz-select>
        <span class="spacer"></span>
        <bst-row-moves
          [first]="first()"
          [last]="last()"
          [texts]="texts()"
          [removeTestId]="id + '-' + i + '-remove'"
          (moved)="moved.emit($event)"
          (removed)="removed.emit()"
        />
      </div>
      <bst-problem-list
        [problems]="problems()"
        [testId]="id + '-' + i + '-problems'"
        [itemTestId]="id + '-problem'"
      />
      <ng-content />
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    .row-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 12px;
    }
    .row-head .type {
      width: 300px;
      max-width: 100%;
    }
    .row-head .spacer {
      flex: 1;
    }
    .row.invalid {
      border-color: #ff4d4f;
    }
    @media (max-width: 576px) {
      .row-head .type {
        width: 100%;
      }
    }
  `,
})
export class RecordRowComponent<T extends string = string> {
  readonly index = input.required<number>();
  readonly first = input(false);
  readonly last = input(false);
  readonly testId = input.required<string>();
  readonly texts = input.required<RecordRowTexts>();
  readonly types = input.required<readonly { value: T; label: string }[]>();
  readonly type = input.required<T>();
  readonly searchable = input(false);
  readonly problems = input<readonly string[]>([]);
  readonly invalid = input(false);
  readonly typeChange = output<T>();
  readonly moved = output<-1 | 1>();
  readonly removed = output();
}
