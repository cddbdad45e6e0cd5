import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Notification } from '@bastion/approvals-contracts';
import { renderText } from '@bastion/messages';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import {
  ButtonComponent,
  type ButtonSpec,
  ErrorAlertComponent,
  KIT_IMPORTS,
  type Load,
  LOADING,
  loadInto,
  type MessageKey,
  TranslateService,
} from '@bastion/console-ui';
import { NotificationsService } from '../core/notifications/notifications.service';

const KIND_ICONS: Record<Notification['kind'], string> = {
  task: 'audit',
  reminder: 'clock-circle',
  escalation: 'alert',
  outcome: 'check-circle',
  urge: 'notification',
  cc: 'copy',
  returned: 'rollback',
};

/** The bell in the header: how many notifications are unread, and the latest ones on a click. */
@Component({
  selector: 'bst-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    DatePipe,
    NzBadgeModule,
    NzDropDownModule,
    NzEmptyModule,
    NzSpinModule,
    ButtonComponent,
    ErrorAlertComponent,
  ],
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.css',
})
export class NotificationBellComponent {
  private readonly notifications = inject(NotificationsService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  protected readonly unread = this.notifications.unread;
  protected readonly open = signal(false);
  protected readonly list = signal<Load<Notification[]>>(LOADING);
  protected readonly readAllButton = computed((): ButtonSpec => ({
    key: 'readAll',
    label: 'notice.readAll',
    type: 'link',
    disabled: !this.unread(),
    testId: 'bell-read-all',
  }));
  protected readonly icon = (n: Notification) => KIND_ICONS[n.kind] ?? 'bell';
  protected readonly kindLabel = (n: Notification): MessageKey => `notice.kind.${n.kind}`;

  constructor() {
    inject(DestroyRef).onDestroy(this.notifications.watch());
  }

  protected async toggled(open: boolean): Promise<void> {
    this.open.set(open);
    if (open) await this.load();
  }

  /**
   * A notification in the console's language, from the catalogue keys it is kept by; one written
   * before the keys has only its Chinese, headed in other languages by its kind in their words.
   */
  protected heading(n: Notification): string {
    if (n.texts) return renderText(n.texts.title, this.i18n.language());
    return this.i18n.language() === 'zh-CN' ? n.title : this.i18n.t(this.kindLabel(n));
  }

  protected text(n: Notification): string {
    return n.texts ? renderText(n.texts.text, this.i18n.language()) : n.text;
  }

  protected async go(n: Notification): Promise<void> {
    this.open.set(false);
    if (!n.readAt) await this.notifications.markRead([n.id]).catch(() => undefined);
    await this.router.navigate(['/approvals', n.requestId]);
  }

  protected async readAll(): Promise<void> {
    await this.notifications.markAllRead().catch(() => undefined);
    await this.load();
  }

  /** A list already shown stays while the fresh one comes. */
  private async load(): Promise<void> {
    await loadInto(
      this.list,
      this.notifications.latest().then((page) => page.items),
      { keep: true },
    );
  }
}
