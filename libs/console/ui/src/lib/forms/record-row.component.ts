import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';

/** The words a row of a paper record shows, in the page's language. */
export interface RecordRowTexts {
  title: string;
  type: string;
  up: string;
  down: string;
  remove: string;
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
  imports: [FormsModule, NzButtonModule, NzCardModule, NzIconModule, NzSelectModule],
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
        <button
          nz-button
          nzType="text"
          type="button"
          [disabled]="first()"
          (click)="moved.emit(-1)"
          [attr.aria-label]="texts().up"
        >
          <nz-icon nzType="arrow-up" />
        </button>
        <button
          nz-button
          nzType="text"
          type="button"
          [disabled]="last()"
          (click)="moved.emit(1)"
          [attr.aria-label]="texts().down"
        >
          <nz-icon nzType="arrow-down" />
        </button>
        <button
          nz-button
          nzType="text"
          nzDanger
          type="button"
          (click)="removed.emit()"
          [attr.aria-label]="texts().remove"
          [attr.data-testid]="id + '-' + i + '-remove'"
        >
          <nz-icon nzType="delete" />
        </button>
      </div>
      @if (problems().length) {
        <ul class="problems" role="alert" [attr.data-testid]="id + '-' + i + '-problems'">
          @for (problem of problems(); track $index) {
            <li [attr.data-testid]="id + '-problem'">{{ problem }}</li>
          }
        </ul>
      }
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
    .problems {
      margin: 0 0 12px;
      padding: 8px 12px 8px 28px;
      border-radius: 4px;
      background: #fff1f0;
      color: #cf1322;
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
