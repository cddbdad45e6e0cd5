import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

/** A component drawn for a spec and settled, with its parts found by their test ids. */
export interface Rendered<C> {
  readonly fixture: ComponentFixture<C>;
  /** The component itself (a spec's host, whose signals it sets). */
  readonly host: C;
  readonly root: HTMLElement;
  /** The element the test id marks, or null. */
  byId(testId: string): HTMLElement | null;
  /** Every element the test id marks, in the order of the page. */
  allById(testId: string): HTMLElement[];
  /** Waits for the view to follow a change (a click, a signal set). */
  settled(): Promise<void>;
}

/**
 * Draws `component` with `inputs` set and waits until it settles: the start of nearly every
 * component spec of the console, written once. Configure the testing module (providers) first.
 */
export async function rendered<C>(
  component: Type<C>,
  inputs: Readonly<Record<string, unknown>> = {},
): Promise<Rendered<C>> {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    host: fixture.componentInstance,
    root,
    byId: (testId) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`),
    allById: (testId) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)],
    settled: () => fixture.whenStable(),
  };
}
