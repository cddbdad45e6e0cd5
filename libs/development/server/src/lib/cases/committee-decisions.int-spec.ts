import { addMonths, parseLocalDate } from '@bastion/calendar';
import type { CaseView, MigrationProblem } from '@bastion/development-contracts';
import { ADMIN, directory, startedForSuite } from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import {
  action,
  caseView,
  inDays,
  inMonths,
  migrateCase,
  openCase,
  paperRecord,
  talk,
  vote,
} from '../../testing/fixtures';

describe('the committee’s decisions and the administrator’s steps over HTTP', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_decisions'));
  const CHINESE = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

  /** The case as a caller who reads the language sees it. */
  async function caseViewIn(language: string, id: string): Promise<CaseView> {
    const client = t.as('farmASecretary');
    const auth = (client as unknown as { auth(): Record<string, string> }).auth();
    const response = await fetch(`${client.baseUrl}/cases/${id}`, {
      headers: { ...auth, 'accept-language': language },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as CaseView;
  }

  /** A probationary member's paper record, taken on to the committee's decision on the conversion. */
  function converted(decision: { date: string; lateReason?: string }) {
    const meeting = inMonths(-30);
    const end = addMonths(parseLocalDate(meeting), 12);
    return paperRecord('probationary', {
      application: inMonths(-60),
      activist: inMonths(-58),
      candidate: inMonths(-34),
      meeting,
      approval: inMonths(-29),
    }).concat([
      { type: 'conversion_application', date: end },
      { type: 'conversion_meeting', date: end, resolution: 'convert', vote: vote(3) },
      { type: 'conversion_decision', approved: true, lateReason: null, ...decision },
    ]);
  }

  it('checks the conversion’s time limit on the day the committee decided: past three months only with a recorded reason', async () => {
    const end = addMonths(parseLocalDate(inMonths(-30)), 12);
    const late = addMonths(parseLocalDate(end), 4);
    const refused = await t.as('farmASecretary').post('/cases/migrate', {
      personId: directory.person('applicantWen').id,
      applicationDate: inMonths(-60),
      steps: converted({ date: late }),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MIGRATION_INVALID');
    const problem = (refused.body.problems as MigrationProblem[]).find(
      (p) => p.type === 'conversion_decision',
    );
    expect(problem).toMatchObject({
      code: 'APPROVAL_LATE',
      params: { kind: 'conversion', meeting: end, due: addMonths(parseLocalDate(end), 3), decidedOn: late },
    });

    const id = await migrateCase(
      t,
      'applicantWen',
      inMonths(-60),
      converted({ date: late, lateReason: '党委换届，延期集体讨论' }),
    );
    const view = await caseView(t, id);
    expect(view.row.status).toBe('full');
    expect(view.compliance.find((c) => c.id === 'conversion_approval_time')).toMatchObject({
      result: 'pass',
      dates: { meeting: end, approval: late },
    });
    // Every fixed rule is on the report.
    expect(view.compliance.map((c) => c.id)).toEqual(
      expect.arrayContaining(['conversion_vote', 'approval_talk', 'leaving_within_three_months']),
    );
    // Read in English, the report carries no Chinese but what people wrote (names, the late reason).
    const english = await caseViewIn('en-US,en;q=0.9', id);
    expect(english.compliance).toHaveLength(19);
    for (const check of english.compliance) {
      const written = check.detail
        .flatMap((ref) => Object.values(ref.params ?? {}))
        .filter((v) => typeof v === 'string');
      const detail = written.reduce<string>((text, value) => text.replace(value, ''), check.text.detail);
      expect([check.text.article, check.text.rule, detail]).not.toContainEqual(
        expect.stringMatching(CHINESE),
      );
    }
    expect(english.compliance.find((c) => c.id === 'conversion_approval_time')!.text.detail).toContain(
      ' (until ',
    );
    expect(english.timeline.map((s) => s.ruleText ?? '')).not.toContainEqual(expect.stringMatching(CHINESE));
    // Without a language named, the caller reads Chinese.
    expect(view.compliance.find((c) => c.id === 'age')!.text.article).toBe('第五条');
  });

  it('lets the administrator’s login, which is no person, admit directly, recording the login', async () => {
    const id = await openCase(t, 'applicantKong', { applicationDate: inDays(-5) });
    const uploaded = await t.as(ADMIN).upload('中央组织部批复.pdf', 'application/pdf', '%PDF-1.7\n批复');
    expect(uploaded.status).toBe(201);
    const admitted = await t.as(ADMIN).post(
      `/cases/${id}/actions`,
      action({
        type: 'direct_admission',
        date: inDays(0),
        authority: '中央组织部',
        reason: '党章第五条，特殊情况直接接收',
        files: [uploaded.body],
      }),
    );
    expect(admitted.status).toBe(200);
    expect(admitted.body.row.status).toBe('probationary');
    const entry = admitted.body.record.entries.at(-1);
    expect(entry).toMatchObject({
      kind: 'direct_admission',
      actor: null,
      details: expect.objectContaining({ account: { userId: ADMIN.userId, name: ADMIN.displayName } }),
    });
  });

  it('refuses the administrator’s login a branch’s step, saying what to do', async () => {
    const id = await openCase(t, 'applicantBai', { applicationDate: inDays(-5) }, 'farmBSecretary');
    const talked = action(talk(inDays(0), 'farmBSecretary'));
    const refused = await t.as(ADMIN).post(`/cases/${id}/actions`, talked);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'ACCOUNT_NOT_A_PERSON',
      reason: expect.stringContaining(
        '只能办理管理员自己的步骤（“直接接收（特殊情况）”）；办理此步骤，请以该档案所在支部或党委的工作人员身份登录',
      ),
      params: { login: ADMIN.displayName, administrator: 'yes', administratorSteps: 'direct_admission' },
    });
    const inEnglish = await t.as(ADMIN).inLanguage('en-US').post(`/cases/${id}/actions`, talked);
    expect(inEnglish.body.reason).toContain('own steps (“Direct admission”); sign in as an officer');
  });
});
