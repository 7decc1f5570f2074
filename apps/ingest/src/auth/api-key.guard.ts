import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiKeyService } from './api-key.service.js';

export interface AuthenticatedRequest extends FastifyRequest {
  workspaceId: string;
}

/** Bearer API key → workspace. The workspace never comes from the body. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(ApiKeyService) private readonly keys: ApiKeyService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new UnauthorizedException(
        'send an API key as "Authorization: Bearer <key>" (create one with `tandem keys create`)',
      );
    }
    const workspace = await this.keys.workspaceOf(match[1]);
    if (!workspace) throw new UnauthorizedException('the API key is unknown or revoked');
    request.workspaceId = workspace;
    return true;
  }
}
