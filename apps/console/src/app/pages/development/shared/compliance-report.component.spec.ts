import { TestBed } from '@angular/core/testing';
import type { ComplianceCheck } from '@bastion/development-contracts';
import { complianceRules } from '@bastion/development-rules';
import { TranslateService } from '@bastion/console-ui';
import { ComplianceReportComponent } from './compliance-report.component';

/** One check per fixed rule, as the service reports them: its texts by catalogue key. */
const checks: ComplianceCheck[] = complianceRules.map((id) => ({
  id,
  article: { key: `development.compliance.${id}.article` },
  rule: { key: `development.compliance.${id}.rule` },
  result: id === 'approval_talk' ? 'fail' : id === 'extension' ? 'not_applicable' : 'pass',
  detail:
    id === 'approval_talk'
      ? [{ key: 'development.compliance.detail.approved_without_talk', params: { approval: '2025-06-10' } }]
      : [{ key: 'development.compliance.detail.due', params: { due: '2025-08-15' } }],
  dates: { meeting: '2025-05-15', approvalTalk: null },
  evidence: [],
  ruleSetId: 'national-2014',
}));

describe('ComplianceReportComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ComplianceReportComponent] });
  });

  async function render(language: 'zh-CN' | 'en-US'): Promise<HTMLElement> {
    TestBed.inject(TranslateService).use(language);
    const fixture = TestBed.createComponent(ComplianceReportComponent);
    fixture.componentRef.setInput('checks', checks);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows every fixed rule with its result, in the order of the procedure', async () => {
    const root = await render('zh-CN');
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid^="compliance-"][data-result]')];
    expect(rows.map((r) => r.dataset['testid'])).toEqual(complianceRules.map((id) => `compliance-${id}`));
    const talk = root.querySelector<HTMLElement>('[data-testid="compliance-approval_talk"]')!;
    expect(talk.dataset['result']).toBe('fail');
    expect(talk.textContent).toContain('不符合');
    expect(talk.textContent).toContain('上级党委审批前派党委委员或组织员同发展对象谈话');
    expect(talk.textContent).toContain('2025-06-10审批前未谈话');
    expect(talk.textContent).toContain('支部大会: 2025-05-15');
    expect(talk.textContent).toContain('审批前谈话: —');
  });

  it('words the rules, the details and the dates in English', async () => {
    const root = await render('en-US');
    const talk = root.querySelector<HTMLElement>('[data-testid="compliance-approval_talk"]')!;
    expect(talk.textContent).toContain('A committee member or organiser talks with the candidate before approval');
    expect(talk.textContent).toContain('Approved on 2025-06-10 without the talk');
    expect(root.textContent).not.toMatch(/[\u3400-\u9fff]/);
    expect(talk.textContent).toContain('Meeting: 2025-05-15');
    expect(talk.textContent).toContain('Talk before approval: —');
    expect(talk.textContent).toContain('Rules version');
    expect(root.querySelector('[data-testid="compliance-extension"]')!.textContent).toContain('Not applicable');
  });
});
