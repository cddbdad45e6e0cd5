import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import { validateRows } from './import-rows';
import type { SheetRow } from './import-sheet';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const node = (n: number, name: string, depth: number, parentPath = `/${id(1)}/`): OrgSubtreeNode => ({
  id: id(n),
  name,
  kind: depth === 0 ? 'committee' : 'branch',
  idPath: depth === 0 ? `/${id(n)}/` : `${parentPath}${id(n)}/`,
  depth,
});
const subtree = [
  node(1, '测试林业局党委', 0),
  node(2, '甲林场党支部', 1),
  node(3, '乙林场党支部', 1),
  // Two branches of the same name under the bureau.
  node(4, '机关党支部', 1),
  node(5, '机关党支部', 1),
];

const good = {
  problem: '“三会一课”记录不全',
  category: '组织建设',
  seriousness: '一般',
  org: '甲林场党支部',
};

const row = (number: number, cells: SheetRow['cells']): SheetRow => ({ number, cells });

describe('validateRows', () => {
  it('turns a good row into an item of the named organisation, reading labels, dates and 是/否', () => {
    const { candidates, problems } = validateRows(
      [
        row(2, {
          ...good,
          category: 'conduct',
          seriousness: '较重',
          measures: '逐月补齐记录',
          supportingUnits: '组织部、 宣传部，工会',
          deadline: new Date(Date.UTC(2026, 11, 31)),
          exempt: '是',
          fixedOnSpot: '是',
          fixedOnSpotNote: '当场补登',
        }),
        row(3, { ...good, org: '测试林业局党委', deadline: '2027-01-15' }),
        row(4, { ...good, deadline: 46387 }),
      ],
      subtree,
    );
    expect(problems).toEqual([]);
    expect(candidates[0]).toEqual({
      row: 2,
      text: {
        problem: '“三会一课”记录不全',
        category: 'conduct',
        seriousness: 'serious',
        measures: '逐月补齐记录',
        target: '',
        supportingUnits: ['组织部', '宣传部', '工会'],
        exemptFromPublication: true,
      },
      org: { id: id(2), name: '甲林场党支部', idPath: `/${id(1)}/${id(2)}/` },
      deadline: '2026-12-31',
      fixedOnSpot: { note: '当场补登', files: [] },
    });
    expect(candidates[1]).toMatchObject({ org: { id: id(1) }, deadline: '2027-01-15', fixedOnSpot: null });
    // A date cell read without its format: days since 1899-12-30.
    expect(candidates[2]!.deadline).toBe('2026-12-31');
  });

  it('lists every problem of every bad row by row and column', () => {
    const { candidates, problems } = validateRows(
      [
        row(2, good),
        row(3, { category: '纪律', seriousness: '很严重', org: '丙林场党支部', deadline: '2026-13-01' }),
        row(4, { ...good, org: '机关党支部', exempt: '不', fixedOnSpot: '是' }),
        row(5, { ...good, problem: '问'.repeat(2001), fixedOnSpotNote: '写了情况' }),
      ],
      subtree,
    );
    expect(candidates.map((c) => c.row)).toEqual([2]);
    expect(problems).toEqual([
      { field: 'row 3/category', problem: expect.stringContaining('“纪律” is not a category') },
      { field: 'row 3/seriousness', problem: expect.stringContaining('“很严重” is not a seriousness') },
      { field: 'row 3/problem', problem: 'is required' },
      { field: 'row 3/org', problem: '“丙林场党支部” is not the inspected organisation or one below it' },
      { field: 'row 3/deadline', problem: '“2026-13-01” is not a date (YYYY-MM-DD)' },
      { field: 'row 4/exempt', problem: 'must be 是 or 否' },
      { field: 'row 4/fixedOnSpotNote', problem: 'is required when 立行立改 is 是' },
      { field: 'row 4/org', problem: '“机关党支部” names 2 organisations under the inspected one' },
      { field: 'row 5/fixedOnSpotNote', problem: 'is filled in, but 立行立改 is not 是' },
      { field: 'row 5/problem', problem: expect.stringMatching(/2000/) },
    ]);
  });

  it('needs the responsible organisation', () => {
    expect(validateRows([row(7, { ...good, org: undefined })], subtree).problems).toEqual([
      { field: 'row 7/org', problem: 'is required' },
    ]);
  });
});
