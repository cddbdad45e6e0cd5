import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of, throwError } from 'rxjs';
import { ApiError } from '../api/api-error';
import { PaperRecord, type PaperRecordSend } from './paper-record';

interface Row {
  key: number;
  draft: { note: string };
}

describe('PaperRecord', () => {
  const success = jest.fn();
  const navigate = jest.fn(() => Promise.resolve(true));
  const start = () =>
    TestBed.runInInjectionContext(
      () => new PaperRecord<Row, 'note'>((key, rows) => ({ key, draft: { note: `row ${rows.length + 1}` } })),
    );
  const how = (over: Partial<PaperRecordSend<{ id: string }>> = {}): PaperRecordSend<{ id: string }> => ({
    check: () => true,
    call: () => of({ id: 'c1' }),
    done: 'common.saved',
    then: (created) => ['/records', created.id],
    place: jest.fn(),
    ...over,
  });

  beforeEach(() => {
    localStorage.clear();
    success.mockReset();
    navigate.mockClear();
    TestBed.configureTestingModule({
      providers: [
        { provide: NzMessageService, useValue: { success } },
        { provide: Router, useValue: { navigate } },
      ],
    });
  });

  it('adds rows with keys that stay with them when rows move, and removes them', () => {
    const record = start();
    record.add();
    record.add();
    record.add();

    record.move(2, -1);
    record.move(0, -1);
    expect(record.rows().map((r) => r.key)).toEqual([1, 3, 2]);

    record.setDraft(1, { note: 'typed' });
    record.remove(0);
    expect(record.rows()).toEqual([
      { key: 3, draft: { note: 'typed' } },
      { key: 2, draft: { note: 'row 2' } },
    ]);
  });

  it('keeps a row’s problems by its key', () => {
    const record = start();
    record.fieldProblems.set(new Map([[2, { note: 'missing' }]]));
    record.rowProblems.set(new Map([[2, ['out of order']]]));

    expect(record.fieldsOf(2)).toEqual({ note: 'missing' });
    expect(record.problemsOf(2)).toEqual(['out of order']);
    expect(record.fieldsOf(1)).toEqual({});
    expect(record.problemsOf(1)).toEqual([]);
  });

  it('names a row in the page’s words', () => {
    const texts = start().rowTexts(
      {
        title: 'dev.migrate.row',
        type: 'dev.migrate.type',
        up: 'dev.migrate.up',
        down: 'dev.migrate.down',
        remove: 'dev.migrate.remove',
      },
      1,
    );
    expect(texts.title).toContain('2');
  });

  it('sends nothing when the console’s own checks fail', async () => {
    const record = start();
    const call = jest.fn(() => of({ id: 'c1' }));

    await record.submit(how({ check: () => false, call }));

    expect(call).not.toHaveBeenCalled();
  });

  it('says the record was taken and opens it', async () => {
    const record = start();

    await record.submit(how());

    expect(success).toHaveBeenCalledWith('已保存');
    expect(navigate).toHaveBeenCalledWith(['/records', 'c1']);
    expect(record.sending()).toBe(false);
  });

  it('keeps what was typed when the service refuses it, and places the problems', async () => {
    const record = start();
    record.add();
    const refusal = new ApiError(422, 'VALIDATION', 'no');
    const place = jest.fn();

    await record.submit(how({ call: () => throwError(() => refusal), place }));

    expect(record.failure()).toBe(refusal);
    expect(place).toHaveBeenCalledWith(refusal);
    expect(record.rows()).toHaveLength(1);
    expect(navigate).not.toHaveBeenCalled();
  });
});
