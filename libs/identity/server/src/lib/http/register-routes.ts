import { Get, Patch, Post } from '@nestjs/common';
import type { z } from 'zod';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ReturnsNothing, ValidBody, ValidParam, ValidQuery } from '@bastion/platform-http';
import { type Created, createdSchema, idSchema, type Page } from '@bastion/shared-contracts';

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

    @Get()
    @Returns(schemas.page)
    list(
      @CurrentUser() principal: Principal,
      @ValidQuery(schemas.query) query: Query,
    ): Promise<Page<Summary>> {
      return this.reader.list(principal, query);
    }

    @Get(':id')
    @Returns(schemas.detail)
    get(@CurrentUser() principal: Principal, @ValidParam('id', idSchema) id: string): Promise<Detail> {
      return this.reader.get(principal, id);
    }

    @Post()
    @Returns(createdSchema, 201)
    async create(
      @CurrentUser() principal: Principal,
      @ValidBody(schemas.create) input: Create,
    ): Promise<Created> {
      return { id: await this.writer.create(principal, input) };
    }

    @Patch(':id')
    @ReturnsNothing()
    update(
      @CurrentUser() principal: Principal,
      @ValidParam('id', idSchema) id: string,
      @ValidBody(schemas.update) input: Update,
    ): Promise<void> {
      return this.writer.update(principal, id, input);
    }
  }
  return Routes;
}
