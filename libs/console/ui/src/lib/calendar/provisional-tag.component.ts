import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Beside a deadline counted on weekdays only, for a year without holiday data: it may still move. */
@Component({
  selector: 'bst-provisional-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzTagModule, TranslatePipe],
  template: `<nz-tag nzColor="gold" [title]="'calendar.provisionalHint' | t" [attr.data-testid]="testId()">{{
    'calendar.provisionalDeadline' | t
  }}</nz-tag>`,
})
export class ProvisionalTagComponent {
  readonly testId = input.required<string>();
}
