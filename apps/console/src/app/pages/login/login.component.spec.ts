import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ApiError, SessionService } from '@bastion/console-ui';
import { appIcons } from '../../icons';
import { LoginComponent } from './login.component';

describe('LoginComponent', () => {
  let fixture: ComponentFixture<LoginComponent>;
  let login: jest.Mock;
  let me: ReturnType<typeof signal<{ mustChangePassword: boolean } | null>>;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(async () => {
    localStorage.clear();
    login = jest.fn().mockResolvedValue(undefined);
    me = signal<{ mustChangePassword: boolean } | null>(null);
    TestBed.configureTestingModule({
      imports: [LoginComponent],
      providers: [
        provideRouter([]),
        provideNzIcons(appIcons),
        { provide: SessionService, useValue: { login, me } },
      ],
    });
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginComponent);
    await fixture.whenStable();
  });

  const element = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function type(id: string, value: string): Promise<void> {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    byTestId('login-submit')!.click();
    await fixture.whenStable();
  }

  it('asks for the user name and password before calling the service', async () => {
    await submit();
    expect(element().textContent).toContain('请输入用户名');
    expect(element().textContent).toContain('请输入密码');
    expect(login).not.toHaveBeenCalled();
  });

  it('asks only for what is missing', async () => {
    await type('login-username', 'branch1.secretary');
    await submit();
    expect(element().textContent).not.toContain('请输入用户名');
    expect(element().textContent).toContain('请输入密码');
    expect(login).not.toHaveBeenCalled();
  });

  it('signs in with the trimmed user name and goes where the user was headed', async () => {
    fixture.componentRef.setInput('returnUrl', '/people');
    await type('login-username', '  branch1.secretary ');
    await type('login-password', 'Demo@2026');
    await submit();
    expect(login).toHaveBeenCalledWith('branch1.secretary', 'Demo@2026');
    expect(navigateByUrl).toHaveBeenCalledWith('/people');
  });

  it('does not follow a return address that leaves the console', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/');
    await type('login-username', 'admin');
    await type('login-password', 'Demo@2026');
    await submit();
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('sends a user who must change the initial password to the password page', async () => {
    login.mockImplementation(async () => me.set({ mustChangePassword: true }));
    await type('login-username', 'newcomer');
    await type('login-password', 'Initial@1');
    await submit();
    expect(navigateByUrl).toHaveBeenCalledWith('/profile/password');
  });

  it('explains a refused login, keeps the user name and clears the password', async () => {
    login.mockRejectedValue(new ApiError(401, 'LOGIN_FAILED', 'Wrong user name or password.'));
    await type('login-username', 'branch1.secretary');
    await type('login-password', 'wrong');
    await submit();
    expect(byTestId('login-error')?.textContent).toContain('用户名或密码错误');
    expect((byTestId('login-username') as HTMLInputElement).value).toBe('branch1.secretary');
    expect((byTestId('login-password') as HTMLInputElement).value).toBe('');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('says why the user was signed out', async () => {
    expect(byTestId('login-expired')).toBeNull();
    fixture.componentRef.setInput('reason', 'expired');
    await fixture.whenStable();
    expect(byTestId('login-expired')?.textContent).toContain('会话已过期，请重新登录');
  });
});
