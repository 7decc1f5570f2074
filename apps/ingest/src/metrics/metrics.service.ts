import { Inject, Injectable } from '@nestjs/common';
import {
  breakdown,
  dimensionValues,
  exportConversations,
  heatmap,
  EXPORT_COLUMNS,
  listConversations,
  overview,
  timeseries,
  type BreakdownDimension,
  type ConversationSelection,
  type MetricQuery,
} from '@tandem/metrics';
import type { StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';
import { csvLine } from './csv.js';

/** The metric API's use of the one metric definition; it adds nothing to the numbers. */
@Injectable()
export class MetricsService {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  overview(q: MetricQuery) {
    return overview(this.store, q);
  }

  timeseries(q: MetricQuery, by?: BreakdownDimension) {
    return timeseries(this.store, q, by);
  }

  breakdown(q: MetricQuery, by: BreakdownDimension) {
    return breakdown(this.store, q, by);
  }

  heatmap(q: MetricQuery) {
    return heatmap(this.store, q);
  }

  dimensions(q: MetricQuery) {
    return dimensionValues(this.store, q);
  }

  conversations(q: MetricQuery, selection: ConversationSelection, page: number, pageSize: number) {
    return listConversations(this.store, q, selection, page, pageSize);
  }

  async *csv(q: MetricQuery, selection: ConversationSelection): AsyncGenerator<string> {
    yield csvLine(EXPORT_COLUMNS);
    for await (const row of exportConversations(this.store, q, selection)) {
      yield csvLine(EXPORT_COLUMNS.map((column) => row[column]));
    }
  }
}
