import type { NumberType } from '../../../shared/contracts/numbers/number.types';

export type {
  NumberCreateBody,
  NumberDeletion,
  NumberType,
  NumberUpdateBody,
  NumberView,
  SendingNumberView,
} from '../../../shared/contracts/numbers/number.types';

/** A number row as the query engine returns it, with the relations a view needs when populated. */
export interface NumberRecord {
  id: number;
  documentId: string;
  digits: string;
  type: NumberType;
  description: string | null;
  workstream?: { id: number; documentId: string; name: string } | null;
  account?: { id: number; documentId: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
}
