import { Body, Controller, Get, Inject, Put, Req, UseGuards, UnprocessableEntityException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toFieldErrors, workspaceSettingsSchema } from '@tandem/schema';
import { ApiKeyGuard, type AuthenticatedRequest } from '../auth/api-key.guard.js';
import type { RawBatch } from '../ingest/raw-batch.js';
import { SettingsRepository } from './settings.repository.js';

@ApiTags('settings')
@ApiBearerAuth()
@Controller('api/v1/settings')
@UseGuards(ApiKeyGuard)
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
    const value = body.records.length === 1 ? body.records[0]!.value : undefined;
    const parsed = workspaceSettingsSchema.safeParse(value);
    if (!parsed.success)
      throw new UnprocessableEntityException({
        message: 'invalid settings: send one JSON object (see GET for its shape)',
        errors: toFieldErrors(parsed.error, value),
      });
    await this.settings.put(request.workspaceId, parsed.data, new Date());
    return parsed.data;
  }
}
