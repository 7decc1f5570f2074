import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireUser } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { CalibrationService } from './calibration.service.js';
import { QA_WRITERS } from './qa-roles.js';
import { SamplesService } from './samples.service.js';

@ApiTags('qa')
@ApiBearerAuth()
@Controller('api/v1/qa/samples')
@UseGuards(TokenGuard)
export class SamplesController {
  constructor(
    @Inject(SamplesService) private readonly samples: SamplesService,
    @Inject(CalibrationService) private readonly calibration: CalibrationService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Draws a sample and stores it with its spec and seed (docs/qa.md)' })
  create(@Req() request: AuthenticatedRequest, @Body() body: RawBatch) {
    const user = requireUser(request, QA_WRITERS);
    return this.samples.create(request.workspaceId, user, singleValue(body));
  }

  @Get()
  @ApiOperation({ summary: 'Samples, newest first, with how many of their items are reviewed' })
  async list(@Req() request: AuthenticatedRequest) {
    return { samples: await this.samples.list(request.workspaceId) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A sample: spec, seed, strata, and its items with their reviews' })
  detail(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    return this.samples.detail(request.workspaceId, id);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Draws the sample again from its stored spec and seed and says whether it matches' })
  verify(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    return this.samples.verify(request.workspaceId, id);
  }

  @Get(':id/calibration')
  @ApiOperation({ summary: "A calibration sample's agreement per criterion (κ, α) and each reviewer's drift" })
  calibrate(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    return this.calibration.calibration(request.workspaceId, id);
  }
}
