import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../../icons';
import { type InlineControl, InlineControlsComponent } from './inline-controls.component';
import { SHARE } from './stage-lines';

/** How a shared decision counts, and the words after a count. */
const CONTROLS: readonly InlineControl[] = [...SHARE, { key: 'times', kind: 'hint', label: 'editor.times' }];

describe('a line of inline controls', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzIcons(appIcons)] });
  });

  async function render(label: InlineControl['label'] | null) {
    const group = new FormGroup({
      shareBy: new FormControl('atLeast'),
      atLeast: new FormControl<number | null>(null, Validators.required),
      percent: new FormControl(50),
    });
    const fixture = TestBed.createComponent(InlineControlsComponent);
    fixture.componentRef.setInput('group', group);
    fixture.componentRef.setInput('controls', CONTROLS);
    fixture.componentRef.setInput('label', label);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const named = () =>
      [...element.querySelectorAll('nz-input-number')].map((n) => n.getAttribute('aria-label'));
    return { fixture, group, element, named };
  }

  it('shows each control while the values call for it, named for a screen reader', async () => {
    const { fixture, group, element, named } = await render(null);
    expect(element.querySelector('nz-select')).not.toBeNull();
    expect(named()).toEqual(['至少同意人数']);
    expect(element.querySelector('.hint')?.textContent).toBe('次');

    group.controls.shareBy.setValue('percent');
    fixture.componentRef.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(named()).toEqual(['同意比例（%）']);
  });

  it('puts the line under its label as a form item, with a control’s problem under it', async () => {
    const { fixture, group, element } = await render('editor.shareBy');
    expect(element.querySelector('nz-form-label')?.textContent?.trim()).toBe('通过条件');
    group.controls.atLeast.markAsTouched();
    group.controls.atLeast.markAsDirty();
    group.controls.atLeast.updateValueAndValidity();
    fixture.componentRef.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(element.querySelector('.ant-form-item-explain-error')?.textContent).toContain('此项必填');
  });
});
