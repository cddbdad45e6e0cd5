import { TestBed } from '@angular/core/testing';
import type { Transition } from '@bastion/rectification-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../../../icons';
import { ItemTimelineComponent } from './item-timeline.component';

const transition = (over: Partial<Transition>): Transition => ({
  seq: 1,
  kind: 'registered',
  from: 'registered',
  to: 'registered',
  actor: null,
  automatic: true,
  at: '2026-03-02T01:00:00.000Z',
  note: '',
  files: [],
  signingLeader: null,
  ...over,
});

describe('ItemTimelineComponent', () => {
  it('names an administrator’s termination as such, with the status it left and the reason', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzIcons(appIcons)] });
    const fixture = TestBed.createComponent(ItemTimelineComponent);
    fixture.componentRef.setInput('transitions', [
      transition({ seq: 1 }),
      transition({
        seq: 2,
        kind: 'terminated',
        from: 'in_progress',
        to: 'terminated',
        automatic: false,
        note: '导入数据编码错误，流程无法继续',
      }),
    ]);
    await fixture.whenStable();
    const terminated = (fixture.nativeElement as HTMLElement).querySelector('[data-kind="terminated"]')!;
    expect(terminated.querySelector('[data-testid="transition-administrator"]')!.textContent).toContain(
      '系统管理员',
    );
    expect(terminated.querySelector('[data-testid="transition-automatic"]')).toBeNull();
    expect(terminated.textContent).toContain('管理员终止流程');
    expect(terminated.textContent).toContain('整改中 → 已终止');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('导入数据编码错误，流程无法继续');
  });
});
