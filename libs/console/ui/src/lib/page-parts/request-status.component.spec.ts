import { TestBed } from '@angular/core/testing';
import type { RequestStatus } from '@bastion/approvals-contracts';
import { LANGUAGE_KEY } from '../i18n/translate.service';
import { RequestStatusComponent } from './request-status.component';

describe('a request’s status tag', () => {
  async function render(status: RequestStatus, language?: string): Promise<HTMLElement> {
    localStorage.clear();
    if (language) localStorage.setItem(LANGUAGE_KEY, language);
    const fixture = TestBed.createComponent(RequestStatusComponent);
    fixture.componentRef.setInput('status', status);
    fixture.componentRef.setInput('testId', 'request-status');
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      '[data-testid="request-status"]',
    )!;
  }

  it.each([
    ['running', '审批中', 'ant-tag-processing'],
    ['returned', '已退回', 'ant-tag-warning'],
    ['approved', '已通过', 'ant-tag-success'],
    ['terminated', '已终止', 'ant-tag-red'],
  ] as const)('names %s in the user’s words and in its colour', async (status, words, colour) => {
    const tag = await render(status);

    expect(tag.textContent?.trim()).toBe(words);
    expect(tag.className).toContain(colour);
  });

  it('speaks English once English is chosen', async () => {
    const tag = await render('rejected', 'en-US');

    expect(tag.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
