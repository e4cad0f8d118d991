import { errorArguments, type ErrorCode, type MessageValues } from '../../../shared/contracts/errors/problem';

/**
 * A lifecycle action that the conversation's current state does not allow (another agent got
 * there first, the status does not permit it, the pair already has another open conversation).
 * The admin API answers it with 409, this message, and `details` with its code and values.
 */
export class ConversationConflictError extends Error {
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, values: MessageValues = {}, details: Record<string, unknown> = {}) {
    const [message, coded] = errorArguments(code, values, details);
    super(message);
    this.details = coded;
    this.name = 'ConflictError';
  }
}
