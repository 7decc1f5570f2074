import { Controller, Get, Inject, Param, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { ConversationsService } from './conversations.service.js';

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/v1/conversations')
@UseGuards(TokenGuard)
export class ConversationsController {
  constructor(@Inject(ConversationsService) private readonly conversations: ConversationsService) {}

  @Get(':id')
  @ApiOperation({ summary: "Transcript: a conversation's facts and all its events in time order" })
  transcript(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    return this.conversations.transcript(request.workspaceId, id);
  }
}
