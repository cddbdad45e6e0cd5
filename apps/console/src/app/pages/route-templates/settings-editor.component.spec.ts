import { TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../../icons';
import { SettingsEditorComponent } from './settings-editor.component';
import { defaultSettings } from './template-form';
import { templateForm } from './template-form-groups';

describe('SettingsEditorComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzIcons(appIcons)] });
  });

  async function render() {
    const settings = templateForm({ name: '', description: '', settings: defaultSettings(), stages: [] })
      .controls.settings;
    const fixture = TestBed.createComponent(SettingsEditorComponent);
    fixture.componentRef.setInput('group', settings);
    await fixture.whenStable();
    return { fixture, settings, element: fixture.nativeElement as HTMLElement };
  }

  const labels = (element: HTMLElement) =>
    [...element.querySelectorAll('nz-form-label')].map((label) => label.textContent?.trim());

  it('shows every setting under its label, the process administrators only when they take an empty stage', async () => {
    const { fixture, settings, element } = await render();
    expect(labels(element)).toHaveLength(9);
    expect(element.querySelector('[data-testid="settings-process-admins"]')).toBeNull();

    const toAdmins = [...element.querySelectorAll<HTMLElement>('label[nz-radio]')].find((radio) =>
      radio.textContent?.includes('交流程管理员'),
    )!;
    toAdmins.click();
    await fixture.whenStable();

    expect(settings.controls.whenNobody.value).toBe('process_admin');
    expect(labels(element)).toContain('流程管理员');
    expect(element.querySelector('[data-testid="settings-process-admins"]')).not.toBeNull();
  });

  it('binds the switches and the urge interval to their controls', async () => {
    const { fixture, settings, element } = await render();

    element.querySelector<HTMLElement>('[data-testid="settings-allowRecall"]')!.click();
    await fixture.whenStable();

    expect(settings.controls.allowRecall.value).toBe(false);
    expect(element.querySelector('nz-input-number input')).not.toBeNull();
  });
});
