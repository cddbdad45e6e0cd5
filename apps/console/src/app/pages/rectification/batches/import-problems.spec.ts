import { problemsByRow } from './import-problems';

describe('problemsByRow', () => {
  it('gathers every problem of a row under it, rows in order', () => {
    expect(
      problemsByRow([
        { field: 'row 5/deadline', problem: 'is not a date' },
        { field: 'row 3/problem', problem: 'is required' },
        { field: 'row 5/category', problem: 'is not one of the categories' },
        { field: 'row 12/orgCode', problem: 'is not below the inspected organisation' },
      ]),
    ).toEqual([
      { row: 3, problems: [{ field: 'problem', problem: 'is required' }] },
      {
        row: 5,
        problems: [
          { field: 'deadline', problem: 'is not a date' },
          { field: 'category', problem: 'is not one of the categories' },
        ],
      },
      { row: 12, problems: [{ field: 'orgCode', problem: 'is not below the inspected organisation' }] },
    ]);
  });

  it('keeps a problem of a whole row, and puts those of no row first', () => {
    expect(
      problemsByRow([
        { field: 'row 2', problem: 'duplicates row 4' },
        { field: 'file', problem: 'has no sheet' },
      ]),
    ).toEqual([
      { row: 0, problems: [{ field: 'file', problem: 'has no sheet' }] },
      { row: 2, problems: [{ field: '', problem: 'duplicates row 4' }] },
    ]);
  });

  it('answers nothing for nothing', () => {
    expect(problemsByRow([])).toEqual([]);
  });
});
