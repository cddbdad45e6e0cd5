import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NotificationPage } from '@bastion/approvals-contracts';
import { ApprovalsApi, SessionService } from '@bastion/console-ui';

/** How often the bell asks for news while the tab is visible. */
export const POLL_INTERVAL_MS = 30_000;

/**
 * The in-app notifications: the unread count the bell shows, polled every half minute while
 * the page is visible and at once after the user acts, plus the list and marking as read.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly api = inject(ApprovalsApi);
  private readonly session = inject(SessionService);
  private readonly document = inject(DOCUMENT);
  private readonly count = signal(0);
  private timer: ReturnType<typeof setInterval> | null = null;
  private users = 0;

  readonly unread = this.count.asReadonly();

  /** Starts polling for as long as at least one caller (the bell) wants it; returns the stop. */
  watch(): () => void {
    this.users++;
    if (!this.timer) {
      this.refresh();
      this.timer = setInterval(() => {
        if (!this.document.hidden) this.refresh();
      }, POLL_INTERVAL_MS);
    }
    return () => {
      this.users--;
      if (this.users === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** Counts again now, e.g. after an action; a failure leaves the last count (the bell is not the place for errors). */
  refresh(): void {
    // An account that must change its password may call nothing else until it has.
    if (this.session.me()?.mustChangePassword) return;
    this.api.notifications({ limit: 1 }).subscribe({
      next: (page) => this.count.set(page.unread),
      error: () => undefined,
    });
  }

  async latest(limit = 20): Promise<NotificationPage> {
    const page = await firstValueFrom(this.api.notifications({ limit }));
    this.count.set(page.unread);
    return page;
  }

  async markRead(ids: string[]): Promise<void> {
    await firstValueFrom(this.api.markRead({ ids }));
    this.refresh();
  }

  async markAllRead(): Promise<void> {
    await firstValueFrom(this.api.markRead({ all: true }));
    this.count.set(0);
  }
}
