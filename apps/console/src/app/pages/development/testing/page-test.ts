import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import zh from '@angular/common/locales/zh';
import type { Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { DevelopmentApi } from '@bastion/console-ui';
import { appIcons } from '../../../icons';

// The date pickers format with Angular's locale data, as the app registers it at start.
registerLocaleData(zh);

/**
 * The test bed of a development page or widget in a component test, as the app runs it: the
 * icons, HTTP, the router, Chinese first (nothing remembered from another test), and the
 * development service answering with what the test gives (`{ migrate }`, `{ deadlines }`),
 * with any other service the test stands in for.
 */
export function configureDevelopmentTest(
  component: Type<unknown>,
  api: Partial<Record<keyof DevelopmentApi, unknown>>,
  providers: Provider[] = [],
): void {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [component],
    providers: [
      provideNzIcons(appIcons),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: DevelopmentApi, useValue: api },
      ...providers,
    ],
  });
}
