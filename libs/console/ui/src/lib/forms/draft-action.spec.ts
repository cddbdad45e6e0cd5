import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of, throwError } from 'rxjs';
import { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { DraftAction, type DraftSend } from './draft-action';

interface Draft {
  name: string;
  note: string;
}
type Field = keyof Draft;

describe('DraftAction', () => {
  const success = jest.fn();
  const fieldOf = (path: string): Field | null => (path === 'step.name' ? 'name' : null);
  const start = () =>
    TestBed.runInInjectionContext(
      () => new DraftAction<Draft, Field>(signal({ name: '', note: '' }), fieldOf),
    );
  const how = (over: Partial<DraftSend<Field, string>> = {}): DraftSend<Field, string> => ({
    missing: () => ({}),
    confirm: () => true,
    call: () => of('sent'),
    doneText: () => 'done',
    acted: jest.fn(),
    ...over,
  });

  beforeEach(() => {
    localStorage.clear();
    success.mockReset();
    TestBed.configureTestingModule({ providers: [{ provide: NzMessageService, useValue: { success } }] });
  });

  it('sends nothing while the draft lacks a field, and names the field', async () => {
    const action = start();
    const call = jest.fn(() => of('sent'));

    await action.send(how({ missing: () => ({ name: 'common.required' as MessageKey }), call }));

    expect(call).not.toHaveBeenCalled();
    expect(action.problems()).toEqual({ name: '此项必填' });
  });

  it('sends nothing when the user does not confirm', async () => {
    const action = start();
    const call = jest.fn(() => of('sent'));

    await action.send(how({ confirm: () => Promise.resolve(false), call }));

    expect(call).not.toHaveBeenCalled();
  });

  it('says the action was taken and hands on the answer', async () => {
    const action = start();
    const acted = jest.fn();

    await action.send(how({ acted }));

    expect(success).toHaveBeenCalledWith('done');
    expect(acted).toHaveBeenCalledWith('sent');
    expect(action.sending()).toBe(false);
  });

  it('puts a refusal at its field, keeps the draft, and uses a new key after it', async () => {
    const action = start();
    action.edit({ name: '张三', note: '' });
    const keys: string[] = [];
    const refusal = new ApiError(422, 'VALIDATION', 'no', [{ field: 'step.name', problem: 'too short' }]);

    await action.send(how({ call: (key) => (keys.push(key), throwError(() => refusal)) }));
    expect(action.problems().name).toBeTruthy();
    expect(action.problems().note).toBeUndefined();
    await action.send(how({ call: (key) => (keys.push(key), of('sent')) }));

    expect(action.draft()).toEqual({ name: '张三', note: '' });
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('sends the same key again after a lost answer, so the action is taken once', async () => {
    const action = start();
    const keys: string[] = [];
    const lost = new ApiError(0, 'NETWORK', 'offline');

    await action.send(how({ call: (key) => (keys.push(key), throwError(() => lost)) }));
    expect(action.failure()).toBe(lost);
    await action.send(how({ call: (key) => (keys.push(key), of('sent')) }));

    expect(keys[0]).toBe(keys[1]);
    expect(action.failure()).toBeNull();
  });

  it('clears what was said of a field once the user changes it', async () => {
    const action = start();
    await action.send(how({ missing: () => ({ name: 'common.required', note: 'common.required' }) }));

    action.edit({ name: '张三', note: '' });

    expect(Object.keys(action.problems())).toEqual(['note']);
  });
});
