import type { UserRole } from '@tandem/store';

/** Who may draw samples, review, edit scorecards and settle disputes. */
export const QA_WRITERS: readonly UserRole[] = ['qa', 'admin'];
