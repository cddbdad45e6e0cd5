import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Subject, throwError } from 'rxjs';
import { ApiError } from '../api/api-error';
import { FormSubmission } from '../forms/form-submission';
import { FormEndComponent } from './form-end.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormEndComponent],
  template: `
    <form [formGroup]="form" (ngSubmit)="submitted = submitted + 1">
      <bst-form-end
        [submission]="submission"
        submitText="发送"
        submitTestId="form-submit"
        errorTestId="form-error"
      />
    </form>
  `,
})
class PageForm {
  readonly form = new FormGroup({ title: new FormControl('', Validators.required) });
  readonly submission = new FormSubmission(this.form);
  submitted = 0;
}

describe('the end of a form on a page', () => {
  async function render() {
    localStorage.clear();
    const fixture = TestBed.createComponent(PageForm);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const find = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    return { fixture, page: fixture.componentInstance, find };
  }

  it('sends the form it stands in with its button, and says nothing before a save failed', async () => {
    const { fixture, page, find } = await render();

    expect(find('form-submit')?.textContent?.trim()).toBe('发送');
    expect(find('form-error')).toBeNull();
    find('form-submit')!.click();
    await fixture.whenStable();

    expect(page.submitted).toBe(1);
  });

  it('spins while the save is under way', async () => {
    const { fixture, page, find } = await render();
    page.form.setValue({ title: '请示' });
    const answer = new Subject<void>();

    const saved = page.submission.submit(() => answer);
    await fixture.whenStable();
    expect(find('form-submit')?.classList).toContain('ant-btn-loading');

    answer.next();
    await saved;
    await fixture.whenStable();
    expect(find('form-submit')?.classList).not.toContain('ant-btn-loading');
  });

  it('says why the save was refused, with the service’s reason and the problems no field took', async () => {
    const { fixture, page, find } = await render();
    page.form.setValue({ title: '请示' });
    const refused = new ApiError(
      409,
      'RULE_VIOLATION',
      'Refused',
      [
        { field: 'title', problem: '标题重复' },
        { field: '(body)', problem: '模板已停用' },
      ],
      undefined,
      {},
      '该模板已于昨日停用',
    );

    await page.submission.submit(() => throwError(() => refused));
    await fixture.whenStable();

    const alert = find('form-error')!.textContent!;
    expect(alert).toContain('模板已停用');
    expect(alert).toContain('该模板已于昨日停用');
    expect(alert).not.toContain('标题重复');
    expect(page.form.controls.title.errors).toEqual({ server: '标题重复' });
  });
});
