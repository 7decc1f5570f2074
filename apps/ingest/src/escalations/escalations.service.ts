import { Inject, Injectable } from '@nestjs/common';
import {
  escalationReasons,
  reasonAgreement,
  reasonBreakdown,
  reasonTrend,
  type MetricQuery,
  type ReasonGrouping,
  type ReasonSource,
} from '@tandem/metrics';
import type { StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

/** The escalation views of docs/escalation-reasons.md; the numbers come from packages/metrics alone. */
@Injectable()
export class EscalationsService {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  reasons(q: MetricQuery, source: ReasonSource) {
    return escalationReasons(this.store, q, source);
  }

  agreement(q: MetricQuery, a: ReasonSource, b: ReasonSource) {
    return reasonAgreement(this.store, q, a, b);
  }

  trend(q: MetricQuery, source: ReasonSource) {
    return reasonTrend(this.store, q, source);
  }

  breakdown(q: MetricQuery, source: ReasonSource, by: ReasonGrouping) {
    return reasonBreakdown(this.store, q, source, by);
  }
}
