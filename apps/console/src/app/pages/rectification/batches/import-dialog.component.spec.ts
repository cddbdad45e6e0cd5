import { type HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ImportResult } from '@bastion/rectification-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { Subject } from 'rxjs';
import { ApiError, RectificationApi } from '@bastion/console-ui';
import { appIcons } from '../../../icons';
import { ImportDialogComponent } from './import-dialog.component';

const BATCH = '00000000-0000-4000-8000-0000000000bb';

describe('ImportDialogComponent', () => {
  let fixture: ComponentFixture<ImportDialogComponent>;
  let upload: Subject<HttpEvent<ImportResult>>;
  let importItems: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    upload = new Subject();
    importItems = jest.fn(() => upload);
    TestBed.configureTestingModule({
      imports: [ImportDialogComponent],
      providers: [provideNzIcons(appIcons), { provide: RectificationApi, useValue: { importItems } }],
    });
  });

  /** The dialog's content is rendered by the modal into an overlay, outside the fixture's element. */
  const overlay = () => document.body;
  const find = (testId: string) => overlay().querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(ImportDialogComponent);
    fixture.componentRef.setInput('batchId', BATCH);
    await fixture.whenStable();
  }

  async function chooseAndSend(): Promise<void> {
    const input = find('import-file') as HTMLInputElement;
    const file = new File(['x'], '问题清单.xlsx');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    find('import-send')!.click();
    await fixture.whenStable();
  }

  afterEach(() => fixture?.destroy());

  it('shows the upload’s progress, then how many items came in', async () => {
    await open();
    const imported = jest.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await chooseAndSend();
    expect(importItems).toHaveBeenCalledWith(BATCH, expect.any(File));

    upload.next({ type: HttpEventType.UploadProgress, loaded: 30, total: 120 });
    await fixture.whenStable();
    expect(find('import-progress')!.textContent).toContain('25%');

    upload.next(new HttpResponse({ body: { imported: 12 } }));
    upload.complete();
    await fixture.whenStable();
    expect(find('import-done')!.textContent).toContain('已导入 12 项整改事项');
    expect(imported).toHaveBeenCalledWith(12);
  });

  it('lists every bad row with all its problems when the service refuses the file', async () => {
    await open();
    const imported = jest.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await chooseAndSend();

    upload.error(
      new ApiError(400, 'IMPORT_INVALID', '2 rows have problems', [
        { field: 'row 4/deadline', problem: '“明年” is not a date (YYYY-MM-DD)' },
        { field: 'row 2/problem', problem: 'is required' },
        { field: 'row 4/exempt', problem: 'must be 是 or 否' },
      ]),
    );
    await fixture.whenStable();

    expect(find('import-refused')!.textContent).toContain('有 2 行存在问题');
    expect(find('import-refused')!.textContent).toContain('未导入任何事项');
    const rows = [...overlay().querySelectorAll<HTMLElement>('[data-testid="import-problem-row"]')];
    expect(rows.map((r) => r.dataset['row'])).toEqual(['2', '4']);
    expect(rows[0]!.textContent).toContain('第 2 行');
    expect(rows[0]!.textContent).toContain('问题');
    expect(rows[0]!.textContent).toContain('必填');
    expect(rows[1]!.querySelectorAll('li')).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('整改时限');
    expect(rows[1]!.textContent).toContain('须填“是”或“否”');
    expect(imported).not.toHaveBeenCalled();
  });

  it('explains any other failure without a row table', async () => {
    await open();
    await chooseAndSend();
    upload.error(new ApiError(413, 'PAYLOAD_TOO_LARGE', 'The file is larger than 20 MB.'));
    await fixture.whenStable();
    expect(find('import-failed')!.textContent).toContain('文件过大');
    expect(find('import-problems')).toBeNull();
  });
});
