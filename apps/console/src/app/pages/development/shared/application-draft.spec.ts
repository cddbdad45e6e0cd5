import { applicationMissing, buildApplication, emptyApplication } from './application-draft';

describe('a written application as typed', () => {
  const typed = {
    ...emptyApplication(),
    person: [{ personId: '00000000-0000-4000-8000-0000000000aa', name: '张林' }],
    date: new Date(2026, 2, 1),
    note: ' 本人申请 ',
    files: [{ id: 'f-1', name: '申请书.pdf', sha256: 'a'.repeat(64), size: 10 }],
  };

  it('lacks the person and the date until both are typed', () => {
    expect(applicationMissing(emptyApplication())).toEqual({
      person: 'common.required',
      date: 'common.required',
    });
    expect(applicationMissing({ ...typed, date: null })).toEqual({ date: 'common.required' });
    expect(applicationMissing(typed)).toEqual({});
  });

  it('goes to the service with the business date, the note trimmed, the files by reference, and the branch only where one was picked', () => {
    expect(buildApplication(typed)).toEqual({
      personId: '00000000-0000-4000-8000-0000000000aa',
      applicationDate: '2026-03-01',
      note: '本人申请',
      files: [{ id: 'f-1', name: '申请书.pdf', sha256: 'a'.repeat(64) }],
    });
    expect(buildApplication({ ...typed, orgId: 'o-1' })).toMatchObject({ orgId: 'o-1' });
  });
});
