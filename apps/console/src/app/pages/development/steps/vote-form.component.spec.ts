import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { configureDevelopmentTest } from '../testing/page-test';
import { emptyVote, voteCounts, voteDraftProblem, type VoteDraft } from './vote-draft';
import { VoteFormComponent } from './vote-form.component';

const CASE = '00000000-0000-4000-8000-0000000000aa';

/** The branch's roll on the meeting date, as the service answers: 12 full members, one excused on record. */
const roll = (voters: {
  withVotingRights: number;
  expected: number;
  suspended?: { personId: string; name: string }[];
}) => ({
  fullMembers: 12,
  excluded: [{ personId: 'p-1', name: '李明', reason: '长期患病', approvedBy: '王书记' }],
  ...voters,
});

describe('VoteFormComponent', () => {
  let fixture: ComponentFixture<VoteFormComponent>;
  let expectedVoters: jest.Mock;

  beforeEach(() => {
    expectedVoters = jest.fn();
    configureDevelopmentTest(VoteFormComponent, { expectedVoters });
  });

  async function render(
    inputs: { caseId?: string; date?: string; vote?: VoteDraft } = {},
  ): Promise<HTMLElement> {
    fixture = TestBed.createComponent(VoteFormComponent);
    fixture.componentRef.setInput('vote', inputs.vote ?? emptyVote());
    if (inputs.caseId) fixture.componentRef.setInput('caseId', inputs.caseId);
    if (inputs.date) fixture.componentRef.setInput('date', inputs.date);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  /** The form of a case's meeting on 2 March 2026, with 7 present typed before the roll came. */
  const renderMeeting = () =>
    render({ caseId: CASE, date: '2026-03-02', vote: { ...emptyVote(), present: 7 } });

  const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function type(root: HTMLElement, counts: Record<string, number>): Promise<void> {
    for (const [id, value] of Object.entries(counts)) {
      const field = byId(root, `vote-${id}`) as HTMLInputElement;
      field.value = String(value);
      field.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
  }

  const outcome = (root: HTMLElement) => ({
    expected: byId(root, 'vote-expected')?.textContent?.trim(),
    quorate: byId(root, 'vote-outcome')?.getAttribute('data-quorate'),
    passed: byId(root, 'vote-outcome')?.getAttribute('data-passed'),
    yesTotal: byId(root, 'vote-yes-total')?.textContent?.trim(),
    reason: byId(root, 'vote-reason')?.textContent?.trim() ?? null,
  });

  it('shows no outcome until the voting members are known', async () => {
    const root = await render();
    expect(byId(root, 'vote-outcome')).toBeNull();
    expect(root.textContent).toContain('填写有表决权的正式党员人数后显示表决结果');
  });

  it('is inquorate with exactly half present, and quorate with one more', async () => {
    const root = await render();
    await type(root, { 'voting-members': 10, present: 5, yes: 5, no: 0, abstain: 0 });
    expect(outcome(root)).toMatchObject({ expected: '10', quorate: 'false', passed: 'false' });
    expect(byId(root, 'vote-quorate')!.textContent).toContain('人数不足');
    expect(outcome(root).reason).toContain('未超过应到会人数（10）的半数');

    await type(root, { present: 6, yes: 6 });
    expect(outcome(root)).toMatchObject({ quorate: 'true', passed: 'true', yesTotal: '6', reason: null });
    expect(byId(root, 'vote-passed')!.textContent).toContain('通过');
  });

  it('fails with exactly half of the expected in favour, however many are present', async () => {
    const root = await render();
    await type(root, { 'voting-members': 10, present: 8, yes: 5, no: 3, abstain: 0 });
    expect(outcome(root)).toMatchObject({ quorate: 'true', passed: 'false', yesTotal: '5' });
    expect(outcome(root).reason).toContain('未超过应到会有表决权的正式党员（10）的半数');
    expect(byId(root, 'vote-outcome')!.textContent).toContain('至少 6 票');
  });

  it('counts the written opinions of absent members as votes', async () => {
    const root = await render();
    await type(root, { 'voting-members': 10, present: 6, yes: 4, no: 2, abstain: 0 });
    expect(outcome(root).passed).toBe('false');

    await type(root, { 'written-yes': 2 });
    expect(outcome(root)).toMatchObject({ passed: 'true', yesTotal: '6' });
  });

  it('takes the exclusions off the expected, each with its reason', async () => {
    const root = await render();
    await type(root, { 'voting-members': 10, present: 5, yes: 5, no: 0, abstain: 0 });
    expect(outcome(root).quorate).toBe('false');

    for (const i of [0, 1]) {
      byId(root, 'vote-exclusion-add')!.click();
      await fixture.whenStable();
      const name = byId(root, `vote-exclusion-name-${i}`) as HTMLInputElement;
      name.value = `党员${i}`;
      name.dispatchEvent(new Event('input'));
      const reason = byId(root, `vote-exclusion-reason-${i}`) as HTMLInputElement;
      reason.value = '出国半年以上';
      reason.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();

    expect(outcome(root)).toMatchObject({ expected: '8', quorate: 'true', passed: 'true' });
    expect(fixture.componentInstance.vote().exclusions).toEqual([
      { name: '党员0', reason: '出国半年以上', approvedBy: null, fromDate: null, toDate: null },
      { name: '党员1', reason: '出国半年以上', approvedBy: null, fromDate: null, toDate: null },
    ]);
    // One excused at the meeting names the dates it covers before the vote can be sent.
    expect(voteDraftProblem(fixture.componentInstance.vote())).toBe('dev.need.exclusionDates');
    fixture.componentInstance.vote.update((v) => ({
      ...v,
      exclusions: v.exclusions.map((e) => ({ ...e, fromDate: new Date(2026, 0, 5) })),
    }));
    expect(voteDraftProblem(fixture.componentInstance.vote())).toBeNull();
    expect(voteCounts(fixture.componentInstance.vote()).exclusions[0]).toEqual({
      name: '党员0',
      reason: '出国半年以上',
      fromDate: '2026-01-05',
    });
  });

  it('fills the voters in from the branch roster for the meeting date, keeping the counts typed', async () => {
    expectedVoters.mockReturnValue(of(roll({ withVotingRights: 11, expected: 10 })));
    const root = await renderMeeting();

    expect(expectedVoters).toHaveBeenCalledWith(CASE, '2026-03-02');
    expect(byId(root, 'vote-roster')!.textContent).toContain('应到会 10 人');
    expect((byId(root, 'vote-voting-members') as HTMLInputElement).value).toBe('11');
    expect((byId(root, 'vote-exclusion-name-0') as HTMLInputElement).value).toBe('李明');
    expect(fixture.componentInstance.vote().present).toBe(7);
    expect(outcome(root)).toMatchObject({ expected: '10', quorate: 'true' });
  });

  it('takes the number of voters from the roll, names the members under 留党察看, and keeps the exclusions on record', async () => {
    const suspended = [
      { personId: 'p-2', name: '郑察看' },
      { personId: 'p-3', name: '吴察看' },
    ];
    expectedVoters.mockReturnValue(of(roll({ withVotingRights: 10, suspended, expected: 9 })));
    const root = await renderMeeting();

    const voting = byId(root, 'vote-voting-members') as HTMLInputElement;
    expect(voting.value).toBe('10');
    expect(voting.disabled).toBe(true);
    expect(byId(root, 'vote-suspended')!.textContent).toContain('郑察看、吴察看');
    expect((byId(root, 'vote-exclusion-name-0') as HTMLInputElement).disabled).toBe(true);
    expect(byId(root, 'vote-exclusion-on-record-0')).not.toBeNull();
    expect(voteCounts(fixture.componentInstance.vote()).exclusions).toEqual([
      { name: '李明', reason: '长期患病', personId: 'p-1' },
    ]);
    expect(outcome(root).expected).toBe('9');
  });
});
