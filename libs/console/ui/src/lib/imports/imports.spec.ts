import { ChangeDetectionStrategy, Component, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { PlusOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ApiError } from '../api/api-error';
import { DIALOG_FORM_IMPORTS } from '../forms/dialog-form';
import { FORM_IMPORTS } from './form-imports';
import { KIT_IMPORTS } from './kit-imports';
import { LIST_PAGE_IMPORTS } from './list-imports';
import { PAGE_IMPORTS } from './page-imports';

/** A component whose `imports` are one bundle and nothing else, as a page would list it. */
function host(imports: readonly unknown[], template: string): Type<unknown> {
  @Component({
    changeDetection: ChangeDetectionStrategy.OnPush,
    imports: [...imports] as Type<unknown>[],
    template,
  })
  class HostComponent {
    readonly pair = { zh: '第一支部', en: 'First branch' };
    readonly when = new Date(2026, 0, 5);
    readonly failure = new ApiError(500, 'INTERNAL', 'boom', [], 'req-1');
    readonly group = new FormGroup({ name: new FormControl('张三') });
  }
  return HostComponent;
}

function render(imports: readonly unknown[], template: string): HTMLElement {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideNzIcons([PlusOutline])] });
  const fixture = TestBed.createComponent(host(imports, template));
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('the import bundles a component lists', () => {
  beforeEach(() => localStorage.clear());

  it('KIT_IMPORTS: a template translates, names a contract’s { zh, en } pair, and shows buttons, icons and tags', () => {
    const el = render(
      KIT_IMPORTS,
      `<button nz-button><nz-icon nzType="plus" />{{ 'common.yes' | t }}</button><nz-tag>{{ pair | label }}</nz-tag>`,
    );

    expect(el.querySelector('button.ant-btn')?.textContent).toContain('是');
    expect(el.querySelector('button .anticon-plus')).not.toBeNull();
    expect(el.querySelector('nz-tag.ant-tag')?.textContent).toBe('第一支部');
  });

  it('PAGE_IMPORTS: a page shows cards, dates, links and why a call failed, besides the kit', () => {
    const el = render(
      PAGE_IMPORTS,
      `<nz-card><a routerLink="/orgs">{{ 'common.yes' | t }}</a> {{ when | date: 'yyyy-MM-dd' }}</nz-card>
       <bst-error-alert [error]="failure" />
       <bst-load-state [load]="{ state: 'loading' }" />`,
    );

    expect(el.querySelector('nz-card.ant-card')?.textContent).toContain('2026-01-05');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/orgs');
    expect(el.querySelector('[data-testid="error-alert"]')).not.toBeNull();
    expect(el.querySelector('nz-skeleton')).not.toBeNull();
  });

  it('FORM_IMPORTS: a reactive form binds its controls to ng-zorro inputs and explains a failed submission', () => {
    const el = render(
      FORM_IMPORTS,
      `<form nz-form [formGroup]="group"><input nz-input formControlName="name" /></form>
       <bst-error-alert [error]="failure" />`,
    );

    expect(el.querySelector<HTMLInputElement>('form.ant-form input.ant-input')?.value).toBe('张三');
    expect(el.querySelector('[data-testid="error-alert"]')).not.toBeNull();
  });

  it('LIST_PAGE_IMPORTS: a list page has its create button and dates, besides the kit', () => {
    const el = render(
      LIST_PAGE_IMPORTS,
      `<bst-create-button label="people.create" testId="new" link="/people/new" />{{ when | date: 'yyyy-MM-dd' }}`,
    );

    expect(el.querySelector('[data-testid="new"]')?.textContent).toContain('新建人员');
    expect(el.textContent).toContain('2026-01-05');
  });

  it('each bundle builds on the kit, and a dialog’s form on the form bundle', () => {
    expect(DIALOG_FORM_IMPORTS).toEqual(expect.arrayContaining([...FORM_IMPORTS]));
    expect(FORM_IMPORTS).toEqual(expect.arrayContaining([...KIT_IMPORTS]));
    expect(PAGE_IMPORTS).toEqual(expect.arrayContaining([...KIT_IMPORTS]));
    expect(LIST_PAGE_IMPORTS).toEqual(expect.arrayContaining([...KIT_IMPORTS]));
  });
});
