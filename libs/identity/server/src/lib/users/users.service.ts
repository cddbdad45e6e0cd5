import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CreateUser, UserSummary } from '@bastion/identity-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError, type RequestMeta, ValidationError } from '@bastion/platform-http';
import { keysetPage, likePattern, thenById } from '@bastion/platform-persistence';
import type { Page, PageQuery } from '@bastion/shared-contracts';
import { requireAdmin } from '../access';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import { passwordRefusal } from '@bastion/identity-rules/passwords';
import { organisationWords } from '../auth/system-words';
import { IdentityError } from '../identity-error';
import { PersonEntity } from '../persistence/entities/person.entity';
import { UserAccountEntity } from '../persistence/entities/user-account.entity';

/** Login accounts; administrators only. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: PageQuery): Promise<Page<UserSummary>> {
    requireAdmin(principal);
    const qb = this.users.createQueryBuilder('u');
    if (query.q) qb.where('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: likePattern(query.q) });
    const page = await keysetPage(
      qb,
      thenById('u.username', 'asc', (u) => u.username),
      query,
    );
    return { ...page, items: page.items.map(toSummary) };
  }

  async create(principal: Principal, input: CreateUser, meta: RequestMeta): Promise<string> {
    requireAdmin(principal);
    const username = input.username.toLowerCase();
    const person = input.personId ? await this.people.findOneBy({ id: input.personId }) : null;
    if (input.personId && !person) throw new NotFoundError('person');
    const displayName = input.displayName ?? person?.name;
    if (!displayName) {
      throw new ValidationError([
        { field: 'displayName', problem: 'is required when the login is not for a person' },
      ]);
    }
    if (await this.users.existsBy({ username })) {
      throw new IdentityError('DUPLICATE_USERNAME', composedText('identity.refusal.username_taken'), 409, [
        { field: 'username', problem: 'is taken' },
      ]);
    }
    if (person && (await this.users.existsBy({ personId: person.id }))) {
      throw new IdentityError('DUPLICATE_USERNAME', composedText('identity.refusal.person_has_login'), 409, [
        { field: 'personId', problem: 'already has a login' },
      ]);
    }
    const refusal = passwordRefusal(input.initialPassword, {
      userInputs: [username, displayName],
      systemWords: await organisationWords(this.users.manager.connection),
    });
    if (refusal) {
      throw new IdentityError(
        refusal.code,
        `The password ${refusal.problems.join('; ')}.`,
        400,
        refusal.problems.map((problem) => ({ field: 'initialPassword', problem })),
      );
    }
    const saved = await this.users.save(
      this.users.create({
        username,
        personId: person?.id ?? null,
        displayName,
        passwordHash: await hashPassword(input.initialPassword),
        passwordChangedAt: new Date(),
        mustChangePassword: true,
        isAdmin: input.isAdmin,
      }),
    );
    await this.audit.record(
      'user_created',
      { userId: principal.userId, username: principal.username, ...meta },
      {
        createdUserId: saved.id,
        createdUsername: username,
      },
    );
    return saved.id;
  }

  async unlock(principal: Principal, id: string): Promise<void> {
    requireAdmin(principal);
    const result = await this.users.update(id, { failedAttempts: 0, lockedUntil: null });
    if (result.affected !== 1) throw new NotFoundError('user');
  }
}

function toSummary(u: UserAccountEntity): UserSummary {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    personId: u.personId,
    isAdmin: u.isAdmin,
    locked: u.lockedUntil !== null && u.lockedUntil > new Date(),
    disabled: u.disabledAt !== null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}
