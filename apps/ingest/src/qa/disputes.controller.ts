import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireUser } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { DisputesService } from './disputes.service.js';
import { USER_ROLES } from '../users/users.service.js';
import { QA_WRITERS } from './qa-roles.js';

@ApiTags('qa')
@ApiBearerAuth()
@Controller('api/v1/qa/disputes')
@UseGuards(TokenGuard)
export class DisputesController {
  constructor(@Inject(DisputesService) private readonly disputes: DisputesService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Disputes a review, or one criterion of it' })
  raise(@Req() request: AuthenticatedRequest, @Body() body: RawBatch) {
    // Anyone signed in as a person may dispute a review.
    const user = requireUser(request, USER_ROLES);
    return this.disputes.raise(request.workspaceId, user, singleValue(body));
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Settles a dispute: upheld, overturned or adjusted, with a note' })
  resolve(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: RawBatch) {
    const user = requireUser(request, QA_WRITERS);
    return this.disputes.resolve(request.workspaceId, user, id, singleValue(body));
  }

  @Get()
  @ApiOperation({ summary: 'Disputes with their outcome; ?sample_id= keeps those of one sample' })
  async list(@Req() request: AuthenticatedRequest, @Query('sample_id') sampleId?: string) {
    return { disputes: await this.disputes.list(request.workspaceId, sampleId) };
  }
}
