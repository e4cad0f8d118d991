import { problem, type Problem } from '../../../shared/contracts/errors/problem';
import type { CONVERSATION_STATUSES } from '../../../shared/contracts/conversations/conversation.types';

export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/**
 * What can happen to a conversation (Dynamics 365's async-channel lifecycle):
 * `open` (queued, no agent) → `active` (an agent works it) → `waiting` (the agent closed the
 * session; the customer may come back) → `wrap-up` (the agent ended it) → `closed` (final).
 */
export type ConversationEvent =
  | { type: 'customer-message' }
  | { type: 'accept'; agentId: number }
  | { type: 'assign'; agentId: number }
  | { type: 'close-session' }
  | { type: 'end' }
  | { type: 'resolve' }
  | { type: 'reopen'; agentId: number }
  | { type: 'auto-close' }
  /** An agent's message (a reply, a conversation they start with the customer, a retried message). */
  | { type: 'agent-message'; agentId: number };

export interface ConversationState {
  status: ConversationStatus;
  assigneeId: number | null;
}

export class InvalidTransitionError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'InvalidTransitionError';
  }
}

const refuse = (event: ConversationEvent, state: ConversationState, allowed: string): never => {
  throw new InvalidTransitionError(
    problem('conversation.transitionRefused', { status: state.status, event: event.type, allowed }),
  );
};

/** Back to an agent: the one who had it when there is one, else the queue. */
const backToWork = (state: ConversationState): ConversationState => ({
  status: state.assigneeId === null ? 'open' : 'active',
  assigneeId: state.assigneeId,
});

/**
 * The next state, or an InvalidTransitionError saying what is allowed. A customer who writes after
 * a conversation is closed starts a new conversation; only an agent's `reopen` brings a closed one
 * back (to that agent), and only while the pair has no other conversation that is not closed.
 */
export const nextConversationState = (
  state: ConversationState,
  event: ConversationEvent,
): ConversationState => {
  const { status } = state;
  switch (event.type) {
    case 'customer-message':
      if (status === 'closed') return refuse(event, state, 'not closed (a new conversation starts instead)');
      return status === 'waiting' || status === 'wrap-up' ? backToWork(state) : state;
    case 'accept':
      if (status !== 'open' && status !== 'waiting') return refuse(event, state, 'open or waiting');
      return { status: 'active', assigneeId: event.agentId };
    case 'assign':
      if (status === 'closed') return refuse(event, state, 'not closed');
      return { status: status === 'open' ? 'active' : status, assigneeId: event.agentId };
    case 'close-session':
      if (status !== 'active') return refuse(event, state, 'active');
      return { ...state, status: 'waiting' };
    case 'end':
      if (status !== 'active' && status !== 'waiting') return refuse(event, state, 'active or waiting');
      return { ...state, status: 'wrap-up' };
    case 'resolve':
      if (status !== 'wrap-up') return refuse(event, state, 'in wrap-up');
      return { ...state, status: 'closed' };
    case 'reopen':
      if (status !== 'closed' && status !== 'wrap-up') return refuse(event, state, 'closed or in wrap-up');
      return { status: 'active', assigneeId: event.agentId };
    case 'auto-close':
      if (status !== 'waiting') return refuse(event, state, 'waiting');
      return { ...state, status: 'closed' };
    case 'agent-message':
      if (status === 'closed') return refuse(event, state, 'not closed (a new conversation starts instead)');
      // Nobody had it: the agent who writes takes it, so no second agent writes beside them unnoticed.
      return state.assigneeId === null ? { status: 'active', assigneeId: event.agentId } : state;
  }
};

/** `<customer>:<business>` while not closed: the unique index behind "one open conversation per pair". */
export const openPairKey = (customerNumber: string, businessNumber: string): string =>
  `${customerNumber}:${businessNumber}`;
