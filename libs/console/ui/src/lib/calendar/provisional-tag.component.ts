import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { KIT_IMPORTS } from '../imports/kit-imports';

/** Beside a deadline counted on weekdays only, for a year without holiday data: it may still move. */
@Component({
  selector: 'bst-provisional-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `<nz-tag nzColor="gold" [title]="'calendar.provisionalHint' | t" [attr.data-testid]="testId()">{{
    'calendar.provisionalDeadline' | t
  }}</nz-tag>`,
})
export class ProvisionalTagComponent {
  readonly testId = input.required<string>();
}
