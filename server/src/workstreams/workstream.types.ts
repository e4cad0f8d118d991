import type { NumberRecord } from '../numbers/number.types';

export type {
  WorkstreamCreateBody,
  WorkstreamDeletion,
  WorkstreamNumberView,
  WorkstreamOptions,
  WorkstreamUpdateBody,
  WorkstreamView,
} from '../../../shared/contracts/workstreams/workstream.types';

/** A workstream row as the query engine returns it, numbers populated. */
export interface WorkstreamRecord {
  id: number;
  documentId: string;
  name: string;
  language: string;
  allowCustomerAttachments: boolean | null;
  allowAgentAttachments: boolean | null;
  autoCloseAfterHours: number | null;
  numbers: NumberRecord[];
  createdAt: string;
  updatedAt: string;
}
