import { inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

/** The query parameters a page keeps in its address (`?tab=done&batch=…`). */
export type AddressParams = Readonly<Record<string, string | null | undefined>>;

/**
 * A page's state kept in its address, so links and the back button bring it back: what the
 * address said when the page opened, and `keep` to write the state again as it changes. Keeping
 * replaces the address rather than adding to the history, so going back leaves the page instead
 * of stepping through every filter tried. Call it where `inject` works.
 */
export interface QueryAddress {
  /** The query parameters the page was opened with. */
  readonly params: Readonly<Record<string, string | undefined>>;
  /** One of them, or null where the address does not name it. */
  get(name: string): string | null;
  /** Puts the page's state in the address in place of what was there. */
  keep(params: AddressParams): void;
}

export function queryAddress(): QueryAddress {
  const router = inject(Router);
  const params = inject(ActivatedRoute).snapshot.queryParams as Record<string, string | undefined>;
  return {
    params,
    get: (name) => params[name] ?? null,
    keep: (next) => void router.navigate([], { queryParams: next, replaceUrl: true }),
  };
}
