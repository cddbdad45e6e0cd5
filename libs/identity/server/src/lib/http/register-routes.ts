import type { z } from 'zod';
import { type Principal, ScopedAction, ScopedCreate, ScopedList, ScopedRead } from '@bastion/platform-auth';
import type { Created, Page } from '@bastion/shared-contracts';

/** What a register's routes read: a page of its records, and one. */
export interface RegisterReader<Query, Summary, Detail> {
  list(principal: Principal, query: Query): Promise<Page<Summary>>;
  get(principal: Principal, id: string): Promise<Detail>;
}

/** What a register's routes write: a new record (its id), a change to one. */
export interface RegisterWriter<Create, Update> {
  create(principal: Principal, input: Create): Promise<string>;
  update(principal: Principal, id: string, input: Update): Promise<void>;
}

/** The contracts of a register's four routes. */
export interface RegisterSchemas {
  query: z.ZodObject;
  page: z.ZodType;
  detail: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
}

/**
 * The routes every register the identity service keeps (organisations, people) has alike: a page
 * of it (`GET /`), one record (`GET /:id`), a new one (`POST /`, 201 with its id) and a change to
 * one (`PATCH /:id`, 204). A register's controller extends these and adds routes of its own.
 */
export function RegisterRoutes<Query, Summary, Detail, Create, Update>(schemas: RegisterSchemas) {
  abstract class Routes {
    protected abstract readonly reader: RegisterReader<Query, Summary, Detail>;
    protected abstract readonly writer: RegisterWriter<Create, Update>;

    @ScopedList('', schemas.query, schemas.page)
    list(principal: Principal, query: Query): Promise<Page<Summary>> {
      return this.reader.list(principal, query);
    }

    @ScopedRead(':id', schemas.detail)
    get(principal: Principal, id: string): Promise<Detail> {
      return this.reader.get(principal, id);
    }

    @ScopedCreate('', schemas.create)
    async create(principal: Principal, input: Create): Promise<Created> {
      return { id: await this.writer.create(principal, input) };
    }

    @ScopedAction('patch', ':id', schemas.update, null)
    update(principal: Principal, id: string, input: Update): Promise<void> {
      return this.writer.update(principal, id, input);
    }
  }
  return Routes;
}
