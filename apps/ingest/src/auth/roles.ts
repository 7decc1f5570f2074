import { ForbiddenException } from '@nestjs/common';
import type { UserRole } from '@tandem/store';
import type { AuthenticatedRequest, SignedInUser } from './token.guard.js';

/**
 * The signed-in person, who must hold one of `roles`: QA writes name their author, so an API key
 * (a system, not a person) cannot make them.
 */
export function requireUser(request: AuthenticatedRequest, roles: readonly UserRole[]): SignedInUser {
  const { user } = request;
  if (!user) {
    throw new ForbiddenException(
      `this needs a named user with the role ${roles.join(' or ')}, not an API key: sign in with a user token (create one with \`tandem users create --name "…" --role ${roles[0]}\`)`,
    );
  }
  if (!roles.includes(user.role)) {
    throw new ForbiddenException(`${user.name} has the role ${user.role}; this needs ${roles.join(' or ')}`);
  }
  return user;
}

/** Administration: the workspace's API key, or an admin's token. */
export function requireAdmin(request: AuthenticatedRequest): void {
  if (request.user && request.user.role !== 'admin') {
    throw new ForbiddenException(
      `${request.user.name} has the role ${request.user.role}; this needs an admin or the API key`,
    );
  }
}
