import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LeftOutline, ReloadOutline, RightOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ButtonComponent, type ButtonSpec, reloadButton, submitButton } from './button.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonComponent],
  template: `<bst-button [button]="button()" (pressed)="pressed.push($event)" />`,
})
class HostComponent {
  readonly button = signal<ButtonSpec>({ key: 'none' });
  readonly pressed: string[] = [];
}

async function draw(button: ButtonSpec) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideNzIcons([LeftOutline, ReloadOutline, RightOutline])],
  });
  const fixture = TestBed.createComponent(HostComponent);
  fixture.componentInstance.button.set(button);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const element = root.querySelector<HTMLElement>('a, button')!;
  /** What the button shows, in order: `[icon]` for an icon, then its words. */
  const face = [...element.querySelectorAll('nz-icon, span')]
    .map((node) =>
      node.tagName === 'NZ-ICON'
        ? `[${/anticon-(\S+)/.exec(node.className)?.[1]}]`
        : node.textContent?.trim(),
    )
    .filter((part) => !!part);
  return { fixture, element, face };
}

describe('ButtonComponent', () => {
  beforeEach(() => localStorage.clear());

  it.each<[string, ButtonSpec, string[]]>([
    ['words from the catalogue', { key: 'k', label: 'common.reload' }, ['重新加载']],
    ['words the page has put', { key: 'k', text: '提交整改' }, ['提交整改']],
    [
      'words with their params',
      { key: 'k', label: 'attachment.remove', params: { name: 'a.pdf' } },
      ['移除 a.pdf'],
    ],
    ['its icon before the words', { key: 'k', label: 'people.previous', icon: 'left' }, ['[left]', '上一页']],
    [
      'its icon after them',
      { key: 'k', label: 'people.next', icon: 'right', iconEnd: true },
      ['下一页', '[right]'],
    ],
  ])('shows %s', async (_what, button, face) => {
    const drawn = await draw(button);

    expect(drawn.face).toEqual(face);
  });

  it('shows only the icon of an icon-only button, and names it for a screen reader', async () => {
    const { element, face } = await draw(reloadButton('pager-reload', 'text'));

    expect(face).toEqual(['[reload]']);
    expect(element.getAttribute('aria-label')).toBe('重新加载');
    expect(element.dataset['testid']).toBe('pager-reload');
    expect(element.classList).toContain('ant-btn-text');
  });

  it('says which button was pressed, and not while it is shut', async () => {
    const { fixture, element } = await draw({ key: 'next', label: 'people.next', disabled: true });
    element.click();
    fixture.componentInstance.button.set({ key: 'next', label: 'people.next' });
    await fixture.whenStable();
    element.click();

    expect(fixture.componentInstance.pressed).toEqual(['next']);
  });

  it('opens a link’s page instead of saying it was pressed', async () => {
    const { element } = await draw({ key: 'new', label: 'common.reload', link: ['/people', 'new'] });

    expect(element.tagName).toBe('A');
    expect(element.getAttribute('href')).toBe('/people/new');
  });

  it('draws a form’s submit button primary, red where it undoes something, spinning while it sends', async () => {
    const { element } = await draw(submitButton('step', '撤销', true, true));

    expect(element.dataset['testid']).toBe('step-submit');
    expect([...element.classList]).toEqual(
      expect.arrayContaining(['ant-btn-primary', 'ant-btn-dangerous', 'ant-btn-loading']),
    );
  });
});
