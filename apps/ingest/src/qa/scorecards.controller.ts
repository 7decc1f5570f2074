import { Body, Controller, Get, Inject, Param, Put, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { scorecardContentSchema } from '@tandem/qa';
import { z } from 'zod';
import { requireUser } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { invalidBody } from '../http/unprocessable.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { invalidQuery } from '../http/invalid-query.js';
import { QA_WRITERS } from './qa-roles.js';
import { ScorecardsService } from './scorecards.service.js';

const ID = /^[a-z][a-z0-9_-]{0,39}$/;

@ApiTags('qa')
@ApiBearerAuth()
@Controller('api/v1/qa/scorecards')
@UseGuards(TokenGuard)
export class ScorecardsController {
  constructor(@Inject(ScorecardsService) private readonly scorecards: ScorecardsService) {}

  @Get()
  @ApiOperation({ summary: 'The latest version of each scorecard (the defaults are created on first use)' })
  async list(@Req() request: AuthenticatedRequest) {
    return { scorecards: await this.scorecards.latest(request.workspaceId) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A scorecard: the latest version, or ?version=N' })
  get(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Query('version') version?: string) {
    const parsed = z.coerce.number().int().min(1).optional().safeParse(version);
    if (!parsed.success) throw invalidQuery([{ path: 'version', reason: 'must be a whole number from 1' }]);
    return this.scorecards.get(request.workspaceId, id, parsed.data);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Saves a new version of a scorecard (or version 1 of a new one); old reviews keep theirs' })
  save(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: RawBatch) {
    const user = requireUser(request, QA_WRITERS);
    if (!ID.test(id)) throw invalidQuery([{ path: 'id', reason: 'must be lower-case letters, digits, _ or -' }]);
    const value = singleValue(body);
    const parsed = scorecardContentSchema.safeParse(value);
    if (!parsed.success) throw invalidBody('invalid scorecard', parsed.error, value);
    return this.scorecards.save(request.workspaceId, id, parsed.data, user.user_id);
  }
}
