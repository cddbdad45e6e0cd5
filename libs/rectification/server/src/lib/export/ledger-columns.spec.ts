import type { ItemRow, TransitionKind } from '@bastion/rectification-contracts';
import { LEDGER_COLUMNS, ledgerRow } from './ledger-columns';

const item: ItemRow = {
  id: '00000000-0000-4000-8000-000000000001',
  number: 'ZG2026-000001',
  batchId: '00000000-0000-4000-8000-000000000002',
  batchTitle: '2026年第一轮巡察',
  source: 'inspection_patrol',
  problem: '记录不全',
  category: 'organisational',
  seriousness: 'general',
  measures: '',
  target: '',
  org: { id: '00000000-0000-4000-8000-000000000003', name: '甲林场党支部' },
  owner: { personId: '00000000-0000-4000-8000-000000000004', name: '王甲书' },
  leader: null,
  supportingUnits: [],
  status: 'in_progress',
  round: 1,
  reopened: false,
  fixedOnSpot: false,
  namedSupervision: false,
  deadline: '2026-12-31',
  light: 'green',
  daysLeft: 30,
  progressPercent: 50,
  evidenceCount: 2,
  closedOn: null,
};

describe('a ledger row', () => {
  it('has a cell for every column, step dates last and blank where a step was not taken', () => {
    const steps = new Map<TransitionKind, string>([
      ['registered', '2026-03-01'],
      ['plan_approved', '2026-03-10'],
    ]);
    const row = ledgerRow(item, steps);
    expect(row).toHaveLength(LEDGER_COLUMNS.length);
    const cell = (header: string) => row[LEDGER_COLUMNS.findIndex((c) => c.header === header)];
    expect(cell('编号')).toBe('ZG2026-000001');
    expect(cell('来源')).toBe('巡察');
    expect(cell('责任人')).toBe('王甲书');
    expect(cell('分管领导')).toBe('');
    expect(cell('状态')).toBe('整改中');
    expect(cell('立项日期')).toBe('2026-03-01');
    expect(cell('方案批准日期')).toBe('2026-03-10');
    expect(cell('验收通过日期')).toBe('');
  });

  it('lets no text typed by a user become a formula', () => {
    const row = ledgerRow(
      {
        ...item,
        batchTitle: '@SUM(1)',
        problem: '=HYPERLINK("http://x","点击")',
        org: { ...item.org, name: '+1+cmd|calc' },
        owner: { personId: item.owner!.personId, name: '-2+3' },
        leader: { personId: item.owner!.personId, name: '\t=1' },
      },
      new Map(),
    );
    const cell = (header: string) => row[LEDGER_COLUMNS.findIndex((c) => c.header === header)];
    expect(cell('批次')).toBe("'@SUM(1)");
    expect(cell('问题')).toBe(`'=HYPERLINK("http://x","点击")`);
    expect(cell('责任单位')).toBe("'+1+cmd|calc");
    expect(cell('责任人')).toBe("'-2+3");
    expect(cell('分管领导')).toBe("'\t=1");
    expect(cell('整改轮次')).toBe(1);
  });
});
