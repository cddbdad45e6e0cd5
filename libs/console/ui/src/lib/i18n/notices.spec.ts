import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ApiError } from '../api/api-error';
import { LANGUAGE_KEY, TranslateService } from './translate.service';
import { notices } from './notices';

describe('notices', () => {
  const success = jest.fn();
  const error = jest.fn();

  beforeEach(() => {
    localStorage.clear();
    success.mockReset();
    error.mockReset();
    TestBed.configureTestingModule({
      providers: [{ provide: NzMessageService, useValue: { success, error } }],
    });
  });

  it('says in the user’s language that an act went through', () => {
    const notice = TestBed.runInInjectionContext(() => notices());

    notice.done('orgs.dissolve.done', { name: '第一支部' });

    expect(success).toHaveBeenCalledWith('已撤销“第一支部”');
  });

  it('says why an act failed by the error’s code, in English once English is chosen', () => {
    localStorage.setItem(LANGUAGE_KEY, 'en-US');
    const notice = TestBed.runInInjectionContext(() => notices());
    const refused = new ApiError(403, 'FORBIDDEN', 'Forbidden');

    notice.failed(refused);

    expect(error).toHaveBeenCalledWith(TestBed.inject(TranslateService).error(refused));
    expect(error.mock.calls[0][0]).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
