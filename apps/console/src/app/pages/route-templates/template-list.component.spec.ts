import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApprovalsApi } from '@bastion/console-ui';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of } from 'rxjs';
import { appIcons } from '../../icons';
import { TemplateListComponent } from './template-list.component';

describe('the route template list', () => {
  const templates = jest.fn((_query: object) => of({ items: [], nextCursor: null, total: 0 }));

  beforeEach(() => {
    localStorage.clear();
    templates.mockClear();
    TestBed.configureTestingModule({
      imports: [TemplateListComponent],
      providers: [
        provideRouter([]),
        provideNzIcons(appIcons),
        { provide: ApprovalsApi, useValue: { templates } },
      ],
    });
  });

  it('asks for current templates only, and for the archived ones too once 显示已归档 is ticked', async () => {
    const fixture = TestBed.createComponent(TemplateListComponent);
    await fixture.whenStable();
    expect(templates.mock.lastCall?.[0]).not.toHaveProperty('includeArchived');

    const box = fixture.nativeElement.querySelector('.ant-checkbox-input');
    (box as HTMLInputElement).click();
    await fixture.whenStable();
    expect(templates).toHaveBeenLastCalledWith(expect.objectContaining({ includeArchived: true }));
    fixture.destroy();
  });

  it('writes the stages in the reader’s language, brackets included', async () => {
    const stages = [
      { name: '支部书记审核', mode: 'sequential' },
      { name: '党委审批', mode: 'countersign' },
    ];
    templates.mockReturnValue(
      of({
        items: [{ id: 't1', name: '工作请示', version: 1, route: { stages } }],
        nextCursor: null,
        total: 1,
      }) as never,
    );
    localStorage.setItem('bastion.lang', 'en-US');
    const fixture = TestBed.createComponent(TemplateListComponent);
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toMatch(/1 支部书记审核 \([^（）]+\) → 2 党委审批 \([^（）]+\)/);
    fixture.destroy();
  });
});
