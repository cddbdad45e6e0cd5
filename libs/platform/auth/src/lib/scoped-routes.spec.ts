import 'reflect-metadata';
import { Get, Patch, Post, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { z } from 'zod';
import { Returns, ReturnsNothing, ValidBody, ValidParam, ValidQuery } from '@bastion/platform-http';
import { createdSchema, idSchema } from '@bastion/shared-contracts';
import { CurrentUser } from './auth-request';
import type { Principal } from './principal';
import { ScopedAction, ScopedCreate, ScopedDownload, ScopedList, ScopedRead } from './scoped-routes';

const query = z.object({ q: z.string().optional() });
const body = z.object({ name: z.string() });
const view = z.object({ id: z.string() });
const yearSchema = z.coerce.number().int();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The routes written out decorator by decorator, as controllers declared them before. */
class WrittenOut {
  @Get()
  @Returns(view)
  list(@CurrentUser() _p: Principal, @ValidQuery(query) _q: unknown) {
    return _p;
  }

  @Get(':id/history')
  @Returns(view)
  read(
    @CurrentUser() _p: Principal,
    @ValidParam('id', idSchema) _id: string,
    @ValidQuery(query) _q: unknown,
  ) {
    return _p;
  }

  @Post(':id/actions')
  @Returns(view)
  act(@CurrentUser() _p: Principal, @ValidParam('id', idSchema) _id: string, @ValidBody(body) _b: unknown) {
    return _p;
  }

  @Patch('years/:year')
  @ReturnsNothing()
  change(@CurrentUser() _p: Principal, @ValidParam('year', yearSchema) _y: number) {
    return _p;
  }

  @Post(':id/items')
  @Returns(createdSchema, 201)
  add(@CurrentUser() _p: Principal, @ValidParam('id', idSchema) _id: string, @ValidBody(body) _b: unknown) {
    return _p;
  }

  @Post()
  @Returns(createdSchema, 201)
  create(@CurrentUser() _p: Principal, @ValidBody(body) _b: unknown) {
    return _p;
  }

  @Get('export.xlsx')
  @ApiProduces(XLSX)
  sheet(@CurrentUser() _p: Principal, @ValidQuery(query) _q: unknown, @Res() _r: unknown) {
    return _p;
  }

  @Get(':id/dossier.zip')
  @ApiProduces('application/zip')
  archive(@CurrentUser() _p: Principal, @ValidParam('id', idSchema) _id: string, @Res() _r: unknown) {
    return _p;
  }
}

/** The same routes, each by its kind. */
class ByKind {
  @ScopedList('', query, view)
  list(_p: Principal, _q: unknown) {
    return _p;
  }

  @ScopedRead(':id/history', view, { query })
  read(_p: Principal, _id: string, _q: unknown) {
    return _p;
  }

  @ScopedAction('post', ':id/actions', body, view)
  act(_p: Principal, _id: string, _b: unknown) {
    return _p;
  }

  @ScopedAction('patch', 'years/:year', null, null, { param: ['year', yearSchema] })
  change(_p: Principal, _y: number) {
    return _p;
  }

  @ScopedAction('post', ':id/items', body, createdSchema, { status: 201 })
  add(_p: Principal, _id: string, _b: unknown) {
    return _p;
  }

  @ScopedCreate('', body)
  create(_p: Principal, _b: unknown) {
    return _p;
  }
  @ScopedDownload('export.xlsx', XLSX, { query })
  sheet(_p: Principal, _q: unknown, _r: unknown) {
    return _p;
  }

  @ScopedDownload(':id/dossier.zip', 'application/zip')
  archive(_p: Principal, _id: string, _r: unknown) {
    return _p;
  }
}

/** Every piece of metadata Nest and its OpenAPI module read off a handler, as plain data. */
function declared(type: new () => object, method: string) {
  const handler = (type.prototype as Record<string, object>)[method];
  const own = Object.fromEntries(
    Reflect.getMetadataKeys(handler).map((key) => [String(key), Reflect.getMetadata(key, handler)]),
  );
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, type, method) as Record<string, { index: number }>;
  return JSON.parse(JSON.stringify({ own, args: Object.values(args).sort((a, b) => a.index - b.index) }));
}

describe('the kinds of route', () => {
  it.each(['list', 'read', 'act', 'change', 'add', 'create', 'sheet', 'archive'])(
    'declare %s exactly as the decorators written out do: verb, path, answer, parameters and documentation',
    (method) => {
      expect(declared(ByKind, method)).toEqual(declared(WrittenOut, method));
    },
  );
});
