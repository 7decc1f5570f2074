import type { FieldError } from '@tandem/schema';

export type RecordStatus = 'accepted' | 'duplicate' | 'rejected';

export interface RecordResult {
  index: number;
  line?: number;
  status: RecordStatus;
  /** The event id, or the document id for conversation documents, when the record had one. */
  id?: string;
  /** Events a document expanded into (documents only). */
  events?: number;
  errors?: FieldError[];
}

export interface IngestReport {
  accepted: number;
  duplicate: number;
  rejected: number;
  results: RecordResult[];
}

export function summarise(results: RecordResult[]): IngestReport {
  const report: IngestReport = { accepted: 0, duplicate: 0, rejected: 0, results };
  for (const r of results) report[r.status]++;
  return report;
}
