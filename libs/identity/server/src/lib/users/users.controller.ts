import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createUserSchema,
  type CreateUser,
  userSummarySchema,
  type UserSummary,
} from '@bastion/identity-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import {
  Meta,
  type RequestMeta,
  Returns,
  ReturnsNothing,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@bastion/platform-http';
import {
  type Created,
  createdSchema,
  idSchema,
  type Page,
  pageQuerySchema,
  type PageQuery,
  pageSchema,
} from '@bastion/shared-contracts';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Returns(pageSchema(userSummarySchema))
  list(
    @CurrentUser() principal: Principal,
    @ValidQuery(pageQuerySchema) query: PageQuery,
  ): Promise<Page<UserSummary>> {
    return this.users.list(principal, query);
  }

  @Post()
  @Returns(createdSchema, 201)
  async create(
    @CurrentUser() principal: Principal,
    @ValidBody(createUserSchema) input: CreateUser,
    @Meta() meta: RequestMeta,
  ): Promise<Created> {
    return { id: await this.users.create(principal, input, meta) };
  }

  @Post(':id/unlock')
  @ReturnsNothing()
  unlock(@CurrentUser() principal: Principal, @ValidParam('id', idSchema) id: string): Promise<void> {
    return this.users.unlock(principal, id);
  }
}
