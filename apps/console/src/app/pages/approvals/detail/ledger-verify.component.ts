import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { LedgerVerification } from '@bastion/approvals-contracts';
import { firstValueFrom } from 'rxjs';
import {
  ApiError,
  ApprovalsApi,
  ButtonRowComponent,
  type ButtonSpec,
  type Load,
  PAGE_IMPORTS,
} from '@bastion/console-ui';

/** Checks the request's hash chain on demand and says whether every row is as it was written. */
@Component({
  selector: 'bst-ledger-verify',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ButtonRowComponent],
  template: `
    <bst-button-row size="small" [buttons]="button()" (pressed)="verify()" />
    @if (result(); as result) {
      @if (result.state === 'ready') {
        @if (result.value.intact) {
          <nz-alert
            class="result"
            nzType="success"
            nzShowIcon
            [nzMessage]="'verify.intact' | t: { rows: result.value.rows }"
            data-testid="ledger-intact"
          />
        } @else {
          <nz-alert
            class="result"
            nzType="error"
            nzShowIcon
            [nzMessage]="'verify.broken' | t"
            [nzDescription]="problems"
            data-testid="ledger-broken"
          />
          <ng-template #problems>
            <ul class="bst-field-problems">
              @for (p of result.value.problems; track $index) {
                <li>{{ 'verify.problem' | t: { seq: p.seq, problem: p.problem } }}</li>
              }
            </ul>
          </ng-template>
        }
      } @else if (result.state === 'failed') {
        <bst-error-alert class="result" [error]="result.error" />
      }
    }
  `,
  styles: '.result { display: block; margin-top: 8px; }',
})
export class LedgerVerifyComponent {
  private readonly api = inject(ApprovalsApi);
  readonly requestId = input.required<string>();
  protected readonly result = signal<Load<LedgerVerification> | null>(null);
  protected readonly button = computed((): readonly ButtonSpec[] => [
    {
      key: 'verify',
      label: 'verify.button',
      icon: 'safety-certificate',
      loading: this.result()?.state === 'loading',
      testId: 'ledger-verify',
    },
  ]);

  protected async verify(): Promise<void> {
    this.result.set({ state: 'loading' });
    try {
      const value = await firstValueFrom(this.api.verify(this.requestId()));
      this.result.set({ state: 'ready', value });
    } catch (error) {
      this.result.set({ state: 'failed', error: ApiError.from(error) });
    }
  }
}
