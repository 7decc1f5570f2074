import type { UserRole } from '@tandem/store';

/** Who may draw samples, review, edit scorecards and settle disputes. */
export const QA_WRITERS: readonly UserRole[] = ['qa', 'admin'];

/** Anyone signed in as a person may dispute a review. */
export const ANY_ROLE: readonly UserRole[] = ['admin', 'qa', 'trainer', 'executive'];
