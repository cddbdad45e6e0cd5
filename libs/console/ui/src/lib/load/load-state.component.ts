import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import type { Load } from './load';

/**
 * A record page while its record is not there: a skeleton as it loads, why it failed with a
 * retry. Once ready it shows nothing, and the page shows the record below it.
 */
@Component({
  selector: 'bst-load-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzCardModule, NzSkeletonModule, ErrorAlertComponent],
  template: `
    @if (load().state === 'loading') {
      <nz-card><nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: rows() }" /></nz-card>
    } @else if (failure(); as error) {
      <nz-card><bst-error-alert [error]="error" [retryable]="true" (retry)="retry.emit()" /></nz-card>
    }
  `,
})
export class LoadStateComponent {
  readonly load = input.required<Load<unknown>>();
  /** How many lines the skeleton has, about as many as the record will. */
  readonly rows = input(8);
  readonly retry = output();

  protected readonly failure = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.error : null;
  });
}
