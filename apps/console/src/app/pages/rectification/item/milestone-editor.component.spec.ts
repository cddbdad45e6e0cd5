import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../../../icons';
import type { MilestoneDraft } from './item-action-model';
import { MilestoneEditorComponent } from './milestone-editor.component';

// The date pickers format with Angular's locale data, as the app registers it at start.
registerLocaleData(zh);

describe('MilestoneEditorComponent', () => {
  async function render(milestones: MilestoneDraft[]) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzIcons(appIcons)] });
    const fixture = TestBed.createComponent(MilestoneEditorComponent);
    fixture.componentRef.setInput('milestones', milestones);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const removers = () => [
      ...root.querySelectorAll<HTMLButtonElement>('[data-testid="milestone-row"] button'),
    ];
    const add = () => root.querySelector<HTMLButtonElement>('[data-testid="milestone-add"]')!;
    return { fixture, root, removers, add };
  }

  it('keeps the last milestone, and names each remove button by its place', async () => {
    const { fixture, root, removers, add } = await render([{ title: '完善制度', due: null }]);

    expect(removers()[0]!.disabled).toBe(true);
    expect(add().textContent).toContain('添加节点');
    add().click();
    await fixture.whenStable();

    expect(root.querySelectorAll('[data-testid="milestone-row"]')).toHaveLength(2);
    expect(removers().map((b) => [b.disabled, b.getAttribute('aria-label')])).toEqual([
      [false, '删除第 1 个节点'],
      [false, '删除第 2 个节点'],
    ]);
    removers()[0]!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.milestones()).toEqual([{ title: '', due: null }]);
  });

  it('adds no more than the service takes', async () => {
    const { add } = await render(
      Array.from({ length: 20 }, (_, i) => ({ title: `节点${i + 1}`, due: null })),
    );

    expect(add().disabled).toBe(true);
  });
});
