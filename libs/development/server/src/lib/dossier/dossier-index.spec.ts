import type { DossierView } from '@bastion/development-contracts';
import { dossierIndex } from './dossier-archive';
import { stepFolder } from './entry-labels';

const entry = (seq: number, kind: string, step: number | null, over: Record<string, unknown> = {}) => ({
  seq,
  kind,
  step,
  date: '2026-03-02',
  at: '2026-03-02T02:00:00.000Z',
  actor: { personId: 'p', name: '王甲书' },
  automatic: false,
  migrated: false,
  note: '',
  files: [],
  ruleSetId: 'national-2014',
  statusAfter: 'applicant',
  details: {},
  ...over,
});

/** A dossier of a case opened on 2026-03-02 by `person` in `org`, with the given entries and files. */
const dossierOf = (
  number: string,
  people: { person: string; org: string },
  entries: ReturnType<typeof entry>[],
  files: unknown[] = [],
) =>
  ({
    row: {
      number,
      person: { name: people.person },
      org: { name: people.org },
      status: 'applicant',
      applicationDate: '2026-03-02',
    },
    generatedAt: '2026-03-05T02:00:00.000Z',
    entries,
    files,
  }) as unknown as DossierView;

describe('the dossier index', () => {
  it('names a step’s folder by its number and name, and the rest 其他', () => {
    expect(stepFolder(1)).toBe('01-递交入党申请书');
    expect(stepFolder(15)).toBe('15-支部大会讨论');
    expect(stepFolder(null)).toBe('00-其他');
    expect(stepFolder(99)).toBe('00-其他');
  });

  it('lists the case, then each entry with its files, readable by spreadsheet programs', () => {
    const dossier = dossierOf(
      'FZ2026-000001',
      { person: '周小林', org: '甲林场党支部' },
      [
        entry(1, 'opened', 1, { note: '递交"入党申请书"' }),
        entry(2, 'alert', null, { actor: null, automatic: true }),
        entry(3, 'talk', 2, { note: '谈话' }),
      ],
      [
        { id: 'a', name: '申请书.pdf', sha256: 'x', size: 1, step: 1, entrySeq: 1 },
        { id: 'b', name: '谈话.pdf', sha256: 'y', size: 1, step: 2, entrySeq: 3 },
      ],
    );
    const text = dossierIndex(dossier, (i) => ['01/1-申请书.pdf', '02/3-谈话.pdf'][i]!);
    expect(text.startsWith('\uFEFF"案卷编号","FZ2026-000001"\r\n"姓名","周小林"')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines).toContain(
      '"1","2026-03-02","01-递交入党申请书","递交入党申请书","王甲书","递交""入党申请书""","01/1-申请书.pdf"',
    );
    expect(lines).toContain('"2","2026-03-02","00-其他","时限提醒","系统","",""');
    expect(lines).toContain('"3","2026-03-02","02-党组织派人谈话","谈话","王甲书","谈话","02/3-谈话.pdf"');
  });

  it('lets no cell become a formula in a spreadsheet program', () => {
    const dossier = dossierOf('FZ2026-000002', { person: '=HYPERLINK("http://x","点击")', org: '@SUM(1)' }, [
      entry(1, 'opened', 1, { note: '+1+cmd|calc', actor: { personId: 'p', name: '-2+3' } }),
    ]);
    const lines = dossierIndex(dossier, () => '').split('\r\n');
    expect(lines).toContain(`"姓名","'=HYPERLINK(""http://x"",""点击"")"`);
    expect(lines).toContain(`"党支部","'@SUM(1)"`);
    expect(lines).toContain(`"1","2026-03-02","01-递交入党申请书","递交入党申请书","'-2+3","'+1+cmd|calc",""`);
  });
});
