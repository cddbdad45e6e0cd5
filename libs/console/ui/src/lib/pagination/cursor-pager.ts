import { computed, signal } from '@angular/core';
import { DEFAULT_PAGE_SIZE } from '@bastion/shared-contracts';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * Where a keyset-paginated list stands. The service hands out only a cursor to the next page, so
 * going back means remembering the cursor of every page already visited: a stack whose top is
 * the current page (the first page has no cursor).
 */
export class CursorPager {
  private readonly visited = signal<readonly (string | null)[]>([null]);
  private readonly following = signal<string | null>(null);
  private readonly size = signal<number>(DEFAULT_PAGE_SIZE);

  /** The cursor to request the current page with. */
  readonly cursor = computed(() => this.visited().at(-1) ?? null);
  /** Zero-based number of the current page. */
  readonly pageIndex = computed(() => this.visited().length - 1);
  readonly pageSize = this.size.asReadonly();
  readonly hasPrevious = computed(() => this.visited().length > 1);
  readonly hasNext = computed(() => this.following() !== null);

  /** Records what the service said about the page just loaded. */
  loaded(page: { nextCursor: string | null }): void {
    this.following.set(page.nextCursor);
  }

  next(): boolean {
    const cursor = this.following();
    if (cursor === null) return false;
    this.visited.update((stack) => [...stack, cursor]);
    this.following.set(null);
    return true;
  }

  previous(): boolean {
    if (this.visited().length <= 1) return false;
    this.visited.update((stack) => stack.slice(0, -1));
    this.following.set(null);
    return true;
  }

  /** Back to the first page, as any change of filter or sort requires. */
  reset(): void {
    this.visited.set([null]);
    this.following.set(null);
  }

  setPageSize(size: number): void {
    if (size === this.size()) return;
    this.size.set(size);
    this.reset();
  }
}
