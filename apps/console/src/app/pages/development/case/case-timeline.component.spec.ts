import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseEntry, TimelineState, TimelineStep } from '@bastion/development-contracts';
import { stepDefinitions } from '@bastion/development-contracts';
import { configureDevelopmentTest } from '../testing/page-test';
import { CaseTimelineComponent } from './case-timeline.component';

const FILE = {
  id: '00000000-0000-4000-8000-0000000000f1',
  name: '谈话记录.pdf',
  sha256: 'a'.repeat(64),
};

/** The 25 steps: 1–2 done, 3 current, 4 skipped, the rest to come. */
function timeline(): TimelineStep[] {
  const state = (n: number): TimelineState =>
    n <= 2 ? 'done' : n === 3 ? 'current' : n === 4 ? 'skipped' : 'coming';
  return stepDefinitions.map((s) => ({
    number: s.number,
    key: s.key,
    stage: s.stage,
    state: state(s.number),
    date: s.number === 1 ? '2025-01-06' : s.number === 2 ? '2025-01-20' : null,
    due: s.number === 3 ? '2025-07-06' : null,
    earliest: null,
    predicted: s.number === 7 ? '2026-07-07' : null,
    rule:
      s.number === 3
        ? { key: 'development.timing.talk' }
        : s.number === 7
          ? { key: 'development.timing.candidate' }
          : null,
    entries: s.number === 2 ? [2] : [],
  }));
}

const entry = (seq: number, files = [FILE]): CaseEntry => ({
  seq,
  kind: 'talk',
  step: 2,
  date: '2025-01-20',
  at: '2025-01-20T02:00:00.000Z',
  actor: { personId: '00000000-0000-4000-8000-00000000000b', name: '王书记' },
  automatic: false,
  migrated: false,
  note: '谈话',
  files,
  ruleSetId: 'national-2014',
  statusAfter: 'applicant',
  details: {},
});

describe('CaseTimelineComponent', () => {
  let fixture: ComponentFixture<CaseTimelineComponent>;

  beforeEach(() => {
    configureDevelopmentTest(CaseTimelineComponent, {});
  });

  async function render(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(CaseTimelineComponent);
    fixture.componentRef.setInput('timeline', timeline());
    fixture.componentRef.setInput('entries', [entry(1, []), entry(2)]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const step = (root: HTMLElement, key: string) =>
    root.querySelector<HTMLElement>(`[data-testid="timeline-step-${key}"]`)!;

  it('groups the 25 steps under the five stages, in order', async () => {
    const root = await render();
    const stages = [...root.querySelectorAll<HTMLElement>('[data-testid^="stage-"]')];
    expect(stages.map((s) => s.dataset['testid'])).toEqual([
      'stage-1',
      'stage-2',
      'stage-3',
      'stage-4',
      'stage-5',
    ]);
    expect(stages[0]!.textContent).toContain('申请入党');
    expect(stages[0]!.querySelectorAll('[data-testid^="timeline-step-"][data-state]')).toHaveLength(2);
    expect(root.querySelectorAll('[data-state]')).toHaveLength(25);
  });

  it('shows a done step with its date and the evidence of its entries', async () => {
    const root = await render();
    const talk = step(root, 'talk');
    expect(talk.dataset['state']).toBe('done');
    expect(talk.querySelector('[data-testid="timeline-step-date"]')!.textContent).toBe('2025-01-20');
    expect(talk.textContent).toContain('已完成');
    expect(talk.querySelector('[data-testid="attachment-download"]')!.textContent).toContain('谈话记录.pdf');
  });

  it('shows the current step with its due date and the rule behind it', async () => {
    const root = await render();
    const activist = step(root, 'activist');
    expect(activist.dataset['state']).toBe('current');
    expect(activist.getAttribute('aria-current')).toBe('step');
    expect(activist.querySelector('[data-testid="timeline-step-due"]')!.textContent).toContain('2025-07-06');
    const rule = activist.querySelector('[data-testid="timeline-step-rule"]')!;
    expect(rule.textContent).toContain('一个月内派人谈话（《细则》第七条）');
  });

  it('shows steps to come with their predicted dates, and skipped steps as skipped', async () => {
    const root = await render();
    const candidate = step(root, 'candidate');
    expect(candidate.dataset['state']).toBe('coming');
    expect(candidate.querySelector('[data-testid="timeline-step-predicted"]')!.textContent).toContain(
      '2026-07-07',
    );
    const filing = step(root, 'activist_filing');
    expect(filing.dataset['state']).toBe('skipped');
    expect(filing.textContent).toContain('已跳过');
    expect(filing.querySelector('[data-testid="timeline-step-date"]')).toBeNull();
  });
});
