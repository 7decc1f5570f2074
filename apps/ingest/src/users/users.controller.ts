import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserRole } from '@tandem/store';
import { z } from 'zod';
import { requireUser } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { invalidBody } from '../http/unprocessable.js';
import { USER_ROLES, UsersService } from './users.service.js';

const newUserSchema = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.enum(USER_ROLES as [UserRole, ...UserRole[]]),
});

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(TokenGuard)
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get('me')
  @ApiOperation({ summary: 'Who the token belongs to: the workspace, and the user (null for an API key)' })
  me(@Req() request: AuthenticatedRequest) {
    return { workspace_id: request.workspaceId, user: request.user };
  }

  @Get('users')
  @ApiOperation({ summary: "The workspace's users and their roles" })
  async list(@Req() request: AuthenticatedRequest) {
    return { users: await this.users.list(request.workspaceId) };
  }

  @Post('users')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Creates a user; the answer carries the token, shown this once. An admin's token creates anyone; the API key only the workspace's first admin",
  })
  async create(@Req() request: AuthenticatedRequest, @Body() body: RawBatch) {
    const value = singleValue(body);
    const parsed = newUserSchema.safeParse(value);
    if (!parsed.success) throw invalidBody('invalid user: send { "name", "role" }', parsed.error, value);
    const { name, role } = parsed.data;
    if (request.user) {
      requireUser(request, ['admin']);
    } else if (role !== 'admin' || (await this.users.hasAdmin(request.workspaceId))) {
      // API keys live in other systems' configuration: one must not be able to mint reviewers.
      throw new ForbiddenException(
        "an API key creates only a workspace's first admin; from then on an admin's token creates users (or `tandem users create`)",
      );
    }
    return this.users.create(request.workspaceId, name, role, new Date());
  }
}
