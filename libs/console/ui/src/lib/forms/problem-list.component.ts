import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The problems found in one part of a form typed in from paper (its head, one of its rows), as an
 * alert listing each problem; nothing when there are none.
 */
@Component({
  selector: 'bst-problem-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems().length) {
      <ul class="problems" role="alert" [attr.data-testid]="testId()">
        @for (problem of problems(); track $index) {
          <li [attr.data-testid]="itemTestId()">{{ problem }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .problems {
      margin: 0 0 12px;
      padding: 8px 12px 8px 28px;
      border-radius: 4px;
      background: #fff1f0;
      color: #cf1322;
    }
  `,
})
export class ProblemListComponent {
  readonly problems = input.required<readonly string[]>();
  readonly testId = input.required<string>();
  readonly itemTestId = input.required<string>();
}
