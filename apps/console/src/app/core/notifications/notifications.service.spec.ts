import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { ApprovalsApi, SessionService } from '@bastion/console-ui';
import { NotificationsService } from './notifications.service';

describe('NotificationsService', () => {
  const me = signal<{ mustChangePassword: boolean } | null>(null);
  const notifications = jest.fn(() => of({ items: [], unread: 3, nextCursor: null }));

  beforeEach(() => {
    notifications.mockClear();
    TestBed.configureTestingModule({
      providers: [
        { provide: ApprovalsApi, useValue: { notifications } },
        { provide: SessionService, useValue: { me } },
      ],
    });
  });

  it('counts the unread notifications', () => {
    me.set({ mustChangePassword: false });
    const service = TestBed.inject(NotificationsService);
    service.refresh();
    expect(notifications).toHaveBeenCalledTimes(1);
    expect(service.unread()).toBe(3);
  });

  it('asks nothing while the account must change its password, which is all it may do', () => {
    me.set({ mustChangePassword: true });
    const service = TestBed.inject(NotificationsService);
    service.refresh();
    expect(notifications).not.toHaveBeenCalled();
    me.set({ mustChangePassword: false });
    service.refresh();
    expect(notifications).toHaveBeenCalledTimes(1);
  });
});
