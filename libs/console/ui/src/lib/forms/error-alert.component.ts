import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslateService } from '../i18n/translate.service';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * A failed call, explained: our sentence for its code, the problems that belong to no field,
 * the request id to quote to support, and a retry button when retrying makes sense.
 */
@Component({
  selector: 'bst-error-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzAlertModule],
  template: `
    @if (apiError(); as e) {
      <nz-alert
        nzType="error"
        nzShowIcon
        [nzMessage]="headline()"
        [nzDescription]="description"
        data-testid="error-alert"
      />
      <ng-template #description>
        @if (problems().length) {
          <ul class="bst-field-problems">
            @for (problem of problems(); track $index) {
              <li>{{ i18n.problem(problem) }}</li>
            }
          </ul>
        }
        @if (showServerMessage() && e.reason) {
          <div class="bst-muted">{{ e.reason }}</div>
        }
        @if (e.correlationId) {
          <div class="bst-muted">{{ 'common.correlation' | t: { id: e.correlationId } }}</div>
        }
        @if (retryable()) {
          <button nz-button nzSize="small" type="button" (click)="retry.emit()" data-testid="error-retry">
            {{ retryLabel() | t }}
          </button>
        }
      </ng-template>
    }
  `,
})
export class ErrorAlertComponent {
  protected readonly i18n = inject(TranslateService);

  readonly error = input<unknown>(null);
  /** Problems to list; by default those of the error that no form field took. */
  readonly extraProblems = input<readonly string[] | null>(null);
  readonly retryable = input(false);
  readonly retryLabel = input<MessageKey>('common.retry');
  /** Also shows the service's own sentence, where it carries specifics (the rule it cites, names). */
  readonly showServerMessage = input(false);
  readonly retry = output();

  protected readonly apiError = computed(() => (this.error() ? ApiError.from(this.error()) : null));
  protected readonly headline = computed(() => {
    const error = this.apiError();
    return error ? this.i18n.error(error) : '';
  });
  protected readonly problems = computed(
    () => this.extraProblems() ?? this.apiError()?.details.map((d) => d.problem) ?? [],
  );
}
