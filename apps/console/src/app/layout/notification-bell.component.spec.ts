import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Notification } from '@bastion/approvals-contracts';
import { TranslateService } from '@bastion/console-ui';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../icons';
import { NotificationsService } from '../core/notifications/notifications.service';
import { NotificationBellComponent } from './notification-bell.component';

const keyed: Notification = {
  id: 'n1',
  kind: 'outcome',
  requestId: '00000000-0000-4000-8000-000000000001',
  title: '审批结果',
  text: '「关于购置护林防火设备的请示」（SP2026-000007）已审批通过。',
  texts: {
    title: { key: 'approvals.notification.outcome.title' },
    text: {
      key: 'approvals.notification.outcome.approved',
      params: { title: '关于购置护林防火设备的请示', number: 'SP2026-000007' },
    },
  },
  createdAt: '2026-05-01T02:00:00.000Z',
  readAt: null,
};
/** A row written before notifications were kept by key: only its Chinese. */
const old: Notification = { ...keyed, id: 'n0', texts: null };

type Shown = { heading(n: Notification): string; text(n: Notification): string };

describe('NotificationBellComponent', () => {
  function bell(language: 'zh-CN' | 'en-US'): Shown {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [NotificationBellComponent],
      providers: [
        provideRouter([]),
        provideNzIcons(appIcons),
        { provide: NotificationsService, useValue: { unread: signal(1), watch: () => () => undefined } },
      ],
    });
    TestBed.inject(TranslateService).use(language);
    return TestBed.createComponent(NotificationBellComponent).componentInstance as unknown as Shown;
  }

  it('words a notification in the reader’s language from its catalogue keys, the title quoted as written', () => {
    const shown = bell('en-US');
    expect(shown.heading(keyed)).toBe('Outcome');
    expect(shown.text(keyed)).toBe('"关于购置护林防火设备的请示" (SP2026-000007) has been approved.');
  });

  it('words it in Chinese for a reader of Chinese', () => {
    const shown = bell('zh-CN');
    expect(shown.heading(keyed)).toBe('审批结果');
    expect(shown.text(keyed)).toBe('「关于购置护林防火设备的请示」（SP2026-000007）已审批通过。');
  });

  it('shows an older notification’s Chinese as it was kept', () => {
    expect(bell('en-US').text(old)).toBe(old.text);
  });
});
