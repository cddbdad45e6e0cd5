import { Inject, type Type } from '@nestjs/common';
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

/** The contracts of a register's four routes, and the services behind them, which the routes inject themselves. */
export interface RegisterParts<Reader, Writer> {
  query: z.ZodObject;
  page: z.ZodType;
  detail: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  reader: Type<Reader>;
  writer: Type<Writer>;
}

/**
 * The routes every register the identity service keeps (organisations, people) has alike: a page
 * of it (`GET /`), one record (`GET /:id`), a new one (`POST /`, 201 with its id) and a change to
 * one (`PATCH /:id`, 204). A register's controller extends these and adds routes of its own.
 */
export function RegisterRoutes<
  Reader extends RegisterReader<never, unknown, unknown>,
  Writer extends RegisterWriter<never, never>,
>(parts: RegisterParts<Reader, Writer>) {
  type Query = Parameters<Reader['list']>[1];
  type Create = Parameters<Writer['create']>[1];
  type Update = Parameters<Writer['update']>[2];

  abstract class Routes {
    @Inject(parts.reader) protected readonly reader!: Reader;
    @Inject(parts.writer) protected readonly writer!: Writer;

    @ScopedList('', parts.query, parts.page)
    list(principal: Principal, query: Query): ReturnType<Reader['list']> {
      return this.reader.list(principal, query as never) as ReturnType<Reader['list']>;
    }

    @ScopedRead(':id', parts.detail)
    get(principal: Principal, id: string): ReturnType<Reader['get']> {
      return this.reader.get(principal, id) as ReturnType<Reader['get']>;
    }

    @ScopedCreate('', parts.create)
    async create(principal: Principal, input: Create): Promise<Created> {
      return { id: await this.writer.create(principal, input as never) };
    }

    @ScopedAction('patch', ':id', parts.update, null)
    update(principal: Principal, id: string, input: Update): Promise<void> {
      return this.writer.update(principal, id, input as never);
    }
  }
  return Routes;
}
