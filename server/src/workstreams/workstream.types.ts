import type { DistributionMode } from '../../../shared/contracts/workstreams/workstream.types';
import type { NumberRecord } from '../numbers/number.types';

export type {
  DistributionMode,
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
  distributionMode: DistributionMode | null;
  autoCloseAfterHours: number | null;
  numbers: NumberRecord[];
  createdAt: string;
  updatedAt: string;
}
