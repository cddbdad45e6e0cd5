import { ApiError } from '@bastion/console-ui';
import { buildMigration, emptyHead, emptyStep, missingFields, newRow, type PaperRow, placeProblems } from './paper-draft';

const owner = { personId: '00000000-0000-4000-8000-000000000001', name: '赵一' };
const leader = { personId: '00000000-0000-4000-8000-000000000002', name: '王书记' };

const rows: PaperRow[] = [
  { key: 1, type: 'assign', draft: { ...emptyStep(new Date(2026, 2, 3)), owner: [owner], leader: [leader], deadline: new Date(2026, 5, 30) } },
  { key: 2, type: 'request_extension', draft: { ...emptyStep(new Date(2026, 6, 2)), newDeadline: new Date(2026, 8, 30), note: '需协调' } },
  { key: 3, type: 'acceptance_decision', draft: { ...emptyStep(new Date(2026, 6, 10)), yes: false, newDeadline: new Date(2026, 6, 24) } },
];

describe('a paper record as the console sends it', () => {
  it('sends each step with its real date and the fields its kind has', () => {
    const head = { ...emptyHead(), problem: ' 记录不全 ', category: 'organisational' as const, orgId: 'org', registeredOn: new Date(2026, 2, 2) };
    expect(buildMigration(head, rows, 'key-12345678')).toEqual({
      text: { problem: '记录不全', category: 'organisational', seriousness: 'general' },
      orgId: 'org',
      registeredOn: '2026-03-02',
      idempotencyKey: 'key-12345678',
      steps: [
        { type: 'assign', on: '2026-03-03', owner, leader, deadline: '2026-06-30', note: '' },
        { type: 'request_extension', on: '2026-07-02', newDeadline: '2026-09-30', reason: '需协调' },
        { type: 'acceptance_decision', on: '2026-07-10', passed: false, note: '', newDeadline: '2026-07-24' },
      ],
    });
  });

  it('walks down the lifecycle as rows are added, keeping the last date', () => {
    expect(newRow(4, rows.slice(0, 1))).toMatchObject({ type: 'submit_plan', draft: { on: new Date(2026, 2, 3) } });
    expect(newRow(5, [])).toMatchObject({ type: 'assign', draft: { on: null } });
  });

  it('asks for the date and what each kind needs', () => {
    expect(missingFields({ key: 9, type: 'assign', draft: emptyStep() })).toEqual(['on', 'owner', 'leader', 'deadline']);
    expect(missingFields(rows[2]!)).toEqual([]);
  });

  it('places every problem the service lists: on its field, on its row, or on the record', () => {
    const refusal = new ApiError(422, 'MIGRATION_INVALID', 'refused', [
      { field: 'registeredOn', problem: '立项日期早于反馈日期' },
      { field: 'steps.1.newDeadline', problem: '已超过整改时限，不能申请延期' },
      { field: 'steps.2.type', problem: '没有待决定的验收' },
      { field: 'steps.7.on', problem: '多出的步骤' },
    ]);
    const placed = placeProblems(refusal, rows);
    expect(placed.head).toEqual(['立项日期早于反馈日期']);
    expect(placed.fields.get(1)).toEqual({ newDeadline: '已超过整改时限，不能申请延期' });
    expect(placed.rows.get(1)).toBeUndefined();
    expect(placed.rows.get(2)).toEqual(['没有待决定的验收']);
    expect(placed.fields.get(2)).toBeUndefined();
    expect(placed.other).toEqual(['多出的步骤']);
  });
});
