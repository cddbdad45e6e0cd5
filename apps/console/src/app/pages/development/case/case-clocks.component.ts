import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { Clock } from '@bastion/development-contracts';
import { KIT_IMPORTS, TextPipe, TranslateService } from '@bastion/console-ui';
import { storedClockRule } from '@bastion/development-rules';
import { DEV_LABELS, daysLeftText } from '../development-labels';
import { daysUntil } from '../shared/business-date';

/**
 * The clocks the case runs on now, earliest first: what each counts towards, whether it is a
 * deadline or the first day a step is allowed, the date, the days left (red once past) and the rule.
 */
@Component({
  selector: 'bst-case-clocks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, TextPipe],
  template: `
    @for (c of rows(); track c.clock.key) {
      <div
        class="clock"
        data-testid="case-clock"
        [attr.data-clock]="c.clock.key"
        [attr.data-overdue]="c.overdue"
      >
        <div class="head">
          <strong>{{ labels.clock[c.clock.key] | label }}</strong>
          <nz-tag>{{ (c.clock.kind === 'deadline' ? 'dev.clock.deadline' : 'dev.clock.opens') | t }}</nz-tag>
          <span>{{ c.clock.due }}</span>
          @if (c.clock.provisional) {
            <nz-tag nzColor="gold" [title]="'calendar.provisionalHint' | t" data-testid="clock-provisional">{{
              'calendar.provisionalDeadline' | t
            }}</nz-tag>
          }
          <span [class.bst-overdue]="c.overdue" [class.bst-muted]="!c.overdue">{{ c.left }}</span>
        </div>
        <div class="bst-muted rule">
          {{ c.rule | text }} · <span class="bst-mono">{{ c.clock.ruleSetId }}</span>
        </div>
      </div>
    } @empty {
      <span class="bst-muted">{{ 'dev.clock.none' | t }}</span>
    }
  `,
  styles: `
    .clock + .clock {
      margin-top: 10px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .rule {
      font-size: 12px;
    }
  `,
})
export class CaseClocksComponent {
  private readonly i18n = inject(TranslateService);

  readonly clocks = input.required<readonly Clock[]>();
  readonly today = input.required<string>();

  protected readonly labels = DEV_LABELS;
  protected readonly rows = computed(() =>
    [...this.clocks()]
      .sort((a, b) => a.due.localeCompare(b.due))
      .map((clock) => {
        const days = daysUntil(clock.due, this.today());
        // An `opens` clock in the past is an allowance, not a lapse.
        const overdue = clock.kind === 'deadline' && days < 0;
        return {
          clock,
          rule: storedClockRule(clock),
          overdue,
          left: clock.kind === 'deadline' || days > 0 ? daysLeftText(this.i18n, days) : '',
        };
      }),
  );
}
