import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { UserRole } from '@tandem/store';
import { UsersService } from '../users/users.service.js';
import { ApiKeyService } from './api-key.service.js';

export interface SignedInUser {
  user_id: string;
  name: string;
  role: UserRole;
}

export interface AuthenticatedRequest extends FastifyRequest {
  workspaceId: string;
  /** The person behind a user token; null for an API key, which speaks for a system, not a person. */
  user: SignedInUser | null;
}

/** Bearer API key or user token → workspace (and user). The workspace never comes from the body. */
@Injectable()
export class TokenGuard implements CanActivate {
  constructor(
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const token = match?.[1];
    if (!token) {
      throw new UnauthorizedException(
        'send an API key or a user token as "Authorization: Bearer <token>" (create one with `tandem keys create` or `tandem users create`)',
      );
    }
    if (UsersService.isUserToken(token)) {
      const found = await this.users.signIn(token);
      if (!found) throw new UnauthorizedException('the user token is unknown or disabled');
      request.workspaceId = found.workspace_id;
      request.user = { user_id: found.user_id, name: found.name, role: found.role };
      return true;
    }
    const workspace = await this.keys.workspaceOf(token);
    if (!workspace) throw new UnauthorizedException('the API key is unknown or revoked');
    request.workspaceId = workspace;
    request.user = null;
    return true;
  }
}
