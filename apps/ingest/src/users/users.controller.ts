import { Body, Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserRole } from '@tandem/store';
import { z } from 'zod';
import { requireAdmin } from '../auth/roles.js';
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
  @ApiOperation({ summary: 'Creates a user (API key or admin); the answer carries the token, shown this once' })
  create(@Req() request: AuthenticatedRequest, @Body() body: RawBatch) {
    requireAdmin(request);
    const value = singleValue(body);
    const parsed = newUserSchema.safeParse(value);
    if (!parsed.success) throw invalidBody('invalid user: send { "name", "role" }', parsed.error, value);
    return this.users.create(request.workspaceId, parsed.data.name, parsed.data.role, new Date());
  }
}
