import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The tabs of a list: its views in order, the words of each, and the test ids' stem. */
export interface TabsSpec<T extends string> {
  readonly tabs: readonly T[];
  readonly label: (tab: T) => MessageKey;
  readonly testId: string;
}

/**
 * The views of one list as tabs above its filters (the three item lists, the inbox's boxes):
 * each tab's words, and beside them, where the page counts them, how many it holds. Test ids are
 * `<testId>-tabs`, `<testId>-tab-<tab>` and `<testId>-count-<tab>`.
 */
@Component({
  selector: 'bst-list-tabs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzTabsModule, TranslatePipe],
  template: `
    <nz-tabs
      [nzSelectedIndex]="index()"
      (nzSelectedIndexChange)="pick($event)"
      [attr.data-testid]="spec().testId + '-tabs'"
    >
      @for (tab of spec().tabs; track tab) {
        <nz-tab [nzTitle]="title" />
        <ng-template #title>
          <span [attr.data-testid]="spec().testId + '-tab-' + tab">
            {{ spec().label(tab) | t }}
            @if (counts(); as counts) {
              <span class="count" [attr.data-testid]="spec().testId + '-count-' + tab">{{
                counts[tab] ?? '…'
              }}</span>
            }
          </span>
        </ng-template>
      }
    </nz-tabs>
  `,
  styles: `
    .count {
      display: inline-block;
      min-width: 20px;
      margin-left: 4px;
      padding: 0 6px;
      border-radius: 10px;
      background: rgba(0, 0, 0, 0.06);
      font-size: 12px;
      line-height: 18px;
      text-align: center;
    }
  `,
})
export class ListTabsComponent<T extends string> {
  readonly spec = input.required<TabsSpec<T>>();
  readonly selected = input.required<T>();
  /** How many each tab holds, once known; without it the tabs show no counts. */
  readonly counts = input<Partial<Record<T, number>> | null | undefined>(undefined);
  readonly picked = output<T>();

  protected readonly index = computed(() => this.spec().tabs.indexOf(this.selected()));

  protected pick(index: number): void {
    const tab = this.spec().tabs[index];
    if (tab !== undefined && tab !== this.selected()) this.picked.emit(tab);
  }
}
