import {
  createUserSchema,
  type CreateUser,
  userSummarySchema,
  type UserSummary,
} from '@bastion/identity-contracts';
import {
  type Principal,
  ScopedAction,
  ScopedController,
  ScopedCreate,
  ScopedList,
} from '@bastion/platform-auth';
import { Meta, type RequestMeta } from '@bastion/platform-http';
import {
  type Created,
  type Page,
  pageQuerySchema,
  type PageQuery,
  pageSchema,
} from '@bastion/shared-contracts';
import { UsersService } from './users.service';

@ScopedController('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ScopedList('', pageQuerySchema, pageSchema(userSummarySchema))
  list(principal: Principal, query: PageQuery): Promise<Page<UserSummary>> {
    return this.users.list(principal, query);
  }

  @ScopedCreate('', createUserSchema)
  async create(principal: Principal, input: CreateUser, @Meta() meta: RequestMeta): Promise<Created> {
    return { id: await this.users.create(principal, input, meta) };
  }

  @ScopedAction('post', ':id/unlock', null, null)
  unlock(principal: Principal, id: string): Promise<void> {
    return this.users.unlock(principal, id);
  }
}
