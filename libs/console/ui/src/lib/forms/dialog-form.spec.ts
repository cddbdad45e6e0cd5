import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { savedNotice } from './dialog-form';

describe('savedNotice', () => {
  beforeEach(() => localStorage.clear());

  it('says in the page’s language that the save went through, then lets the page go on', () => {
    const success = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: NzMessageService, useValue: { success } }] });
    const notice = TestBed.runInInjectionContext(() => savedNotice());
    const order: string[] = [];
    success.mockImplementation(() => order.push('message'));

    notice('orgs.dissolve.done', { emit: () => order.push('next') }, { name: '第一支部' });

    expect(success).toHaveBeenCalledWith('已撤销“第一支部”');
    expect(order).toEqual(['message', 'next']);
  });
});
