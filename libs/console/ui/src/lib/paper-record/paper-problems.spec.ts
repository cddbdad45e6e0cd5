import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PaperRecord, type PaperRecordRow } from '../forms/paper-record';
import { checkRows, placeOnRows, rowProblemCount } from './paper-problems';

interface Row extends PaperRecordRow<{ date: string }> {
  type: string;
}

describe('the problems of a paper record', () => {
  function record(): PaperRecord<Row, 'date'> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const paper = TestBed.runInInjectionContext(
      () => new PaperRecord<Row, 'date'>((key) => ({ key, type: 'step', draft: { date: '' } })),
    );
    paper.add();
    paper.add();
    paper.setDraft(1, { date: '2026-03-02' });
    return paper;
  }

  it('marks the fields each row lacks, by its key, and clears what the service said of the rows', () => {
    const paper = record();
    paper.rowProblems.set(new Map([[2, ['日期晚于今天']]]));
    expect(checkRows(paper, (row) => (row.draft.date ? {} : { date: '此项必填' }))).toBe(false);
    expect([...paper.fieldProblems()]).toEqual([[1, { date: '此项必填' }]]);
    expect(rowProblemCount(paper)).toBe(0);
    paper.setDraft(0, { date: '2026-03-01' });
    expect(checkRows(paper, (row) => (row.draft.date ? {} : { date: '此项必填' }))).toBe(true);
  });

  it('puts the service’s problems on the rows they name, by key, so they move with the row', () => {
    const paper = record();
    paper.move(0, 1);
    const onFields = placeOnRows(
      paper,
      { rows: new Map([[0, ['早于申请日期']]]), fields: new Map([[1, { date: 'bad' }]]), other: ['其他'] },
      { row: (p) => `「${p}」`, field: (p) => `<${p}>` },
    );
    expect(paper.problemsOf(2)).toEqual(['「早于申请日期」']);
    expect(paper.fieldsOf(1)).toEqual({ date: '<bad>' });
    expect([...onFields]).toEqual([[1, { date: '<bad>' }]]);
    expect(paper.otherProblems()).toEqual(['其他']);
    expect(rowProblemCount(paper)).toBe(1);
  });
});
