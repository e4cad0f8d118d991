/**
 * A lifecycle action that the conversation's current state does not allow (another agent got
 * there first, the status does not permit it, the pair already has another open conversation).
 * The admin API answers it with 409 and this message.
 */
export class ConversationConflictError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
