import { Body, Controller, Get, Inject, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { workspaceSettingsSchema } from '@tandem/schema';
import { requireAdmin } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { invalidBody } from '../http/unprocessable.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { SettingsRepository } from './settings.repository.js';

@ApiTags('settings')
@ApiBearerAuth()
@Controller('api/v1/settings')
@UseGuards(TokenGuard)
export class SettingsController {
  constructor(@Inject(SettingsRepository) private readonly settings: SettingsRepository) {}

  @Get()
  @ApiOperation({ summary: "The workspace's SLA targets, costs, scenario classes and automation thresholds" })
  get(@Req() request: AuthenticatedRequest) {
    return this.settings.get(request.workspaceId);
  }

  @Put()
  @ApiOperation({ summary: 'Replaces the settings with one JSON document; what it leaves out takes the default' })
  async put(@Req() request: AuthenticatedRequest, @Body() body: RawBatch) {
    requireAdmin(request);
    const value = singleValue(body);
    const parsed = workspaceSettingsSchema.safeParse(value);
    if (!parsed.success) {
      throw invalidBody('invalid settings: send one JSON object (see GET for its shape)', parsed.error, value);
    }
    await this.settings.put(request.workspaceId, parsed.data, new Date());
    return parsed.data;
  }
}
