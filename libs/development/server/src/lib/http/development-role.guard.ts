import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { composedText } from '@bastion/messages';
import type { AuthenticatedRequest } from '@bastion/platform-auth';
import { ForbiddenError } from '@bastion/platform-http';
import { developmentScope } from '../access';

/**
 * Member development is the business of officers and of the committees above them: a caller who
 * reads it nowhere (a member without office) is refused every route at once. Everyone else still
 * meets the scope of each record (404 outside it) and the capacity each step needs (403).
 */
@Injectable()
export class DevelopmentRoleGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (principal && developmentScope(principal, 'development.read').kind === 'none') {
      throw new ForbiddenError(composedText('development.service.officers_only'));
    }
    return true;
  }
}
