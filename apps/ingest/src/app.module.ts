import { Module, type DynamicModule } from '@nestjs/common';
import type { StoreAdapter } from '@tandem/store';
import { TokenGuard } from './auth/token.guard.js';
import { ApiKeyRepository } from './auth/api-key.repository.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { CONFIG, type Config } from './config/config.js';
import { ConversationsController } from './conversations/conversations.controller.js';
import { ConversationsService } from './conversations/conversations.service.js';
import { TranscriptRepository } from './conversations/transcript.repository.js';
import { EscalationsController } from './escalations/escalations.controller.js';
import { EscalationsService } from './escalations/escalations.service.js';
import { HealthController } from './health/health.controller.js';
import { EventWriter } from './ingest/event-writer.js';
import { IngestController } from './ingest/ingest.controller.js';
import { IngestService } from './ingest/ingest.service.js';
import { InsightsController } from './insights/insights.controller.js';
import { InsightsService } from './insights/insights.service.js';
import { MetricQueryParser } from './metrics/metric-query.parser.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { SettingsController } from './settings/settings.controller.js';
import { SettingsRepository } from './settings/settings.repository.js';
import { CalibrationService } from './qa/calibration.service.js';
import { DisputesController } from './qa/disputes.controller.js';
import { DisputesRepository } from './qa/disputes.repository.js';
import { DisputesService } from './qa/disputes.service.js';
import { ResultsService } from './qa/results.service.js';
import { ReviewsController } from './qa/reviews.controller.js';
import { ReviewsRepository } from './qa/reviews.repository.js';
import { ReviewsService } from './qa/reviews.service.js';
import { SamplesController } from './qa/samples.controller.js';
import { SamplesRepository } from './qa/samples.repository.js';
import { SamplesService } from './qa/samples.service.js';
import { ScorecardsController } from './qa/scorecards.controller.js';
import { ScorecardsRepository } from './qa/scorecards.repository.js';
import { ScorecardsService } from './qa/scorecards.service.js';
import { StoreModule } from './store/store.module.js';
import { SuggestionsController } from './suggestions/suggestions.controller.js';
import { SuggestionsRepository } from './suggestions/suggestions.repository.js';
import { SuggestionsService } from './suggestions/suggestions.service.js';
import { TracesRepository } from './suggestions/traces.repository.js';
import { UserRepository } from './users/user.repository.js';
import { UsersController } from './users/users.controller.js';
import { UsersService } from './users/users.service.js';
import { WorkspaceRepository } from './workspaces/workspace.repository.js';

@Module({})
export class AppModule {
  static create(config: Config, store: StoreAdapter): DynamicModule {
    return {
      module: AppModule,
      imports: [StoreModule.forRoot(store)],
      controllers: [
        HealthController,
        IngestController,
        MetricsController,
        ConversationsController,
        EscalationsController,
        InsightsController,
        SettingsController,
        UsersController,
        ScorecardsController,
        SamplesController,
        ReviewsController,
        DisputesController,
        SuggestionsController,
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        ApiKeyRepository,
        ApiKeyService,
        TokenGuard,
        WorkspaceRepository,
        EventWriter,
        IngestService,
        MetricsService,
        MetricQueryParser,
        TranscriptRepository,
        ConversationsService,
        EscalationsService,
        SettingsRepository,
        InsightsService,
        UserRepository,
        UsersService,
        ScorecardsRepository,
        ScorecardsService,
        SamplesRepository,
        SamplesService,
        ReviewsRepository,
        ReviewsService,
        ResultsService,
        CalibrationService,
        DisputesRepository,
        DisputesService,
        TracesRepository,
        SuggestionsRepository,
        SuggestionsService,
      ],
    };
  }
}
