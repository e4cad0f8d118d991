import {
  InvalidTransitionError,
  nextConversationState,
  type ConversationEvent,
  type ConversationState,
  type ConversationStatus,
} from '../conversation-lifecycle';

const AGENT = 7;
const OTHER = 9;

const state = (status: ConversationStatus, assigneeId: number | null = null): ConversationState => ({
  status,
  assigneeId,
});

const refusal = (from: ConversationState, event: ConversationEvent): string => {
  try {
    nextConversationState(from, event);
  } catch (error) {
    if (error instanceof InvalidTransitionError) return error.message;
    throw error;
  }
  throw new Error(`${event.type} from ${from.status} was allowed`);
};

describe('nextConversationState', () => {
  describe('accept', () => {
    it('gives an open or waiting conversation to the accepting agent', () => {
      expect(nextConversationState(state('open'), { type: 'accept', agentId: AGENT })).toEqual(
        state('active', AGENT),
      );
      expect(nextConversationState(state('waiting', OTHER), { type: 'accept', agentId: AGENT })).toEqual(
        state('active', AGENT),
      );
    });

    it.each(['active', 'wrap-up', 'closed'] as const)(
      'is refused when %s, saying when it works',
      (status) => {
        expect(refusal(state(status, OTHER), { type: 'accept', agentId: AGENT })).toBe(
          `A conversation that is ${status} cannot be given "accept"; that is only possible when it is open or waiting.`,
        );
      },
    );
  });

  describe('close-session and end', () => {
    it('closing the session keeps the agent and waits for the customer', () => {
      expect(nextConversationState(state('active', AGENT), { type: 'close-session' })).toEqual(
        state('waiting', AGENT),
      );
    });

    it.each(['open', 'waiting', 'wrap-up', 'closed'] as const)(
      'close-session is refused when %s',
      (status) => {
        expect(refusal(state(status, AGENT), { type: 'close-session' })).toMatch(
          /only possible when it is active\.$/,
        );
      },
    );

    it('end then resolve closes an active or waiting conversation', () => {
      for (const from of [state('active', AGENT), state('waiting', AGENT)]) {
        const wrapUp = nextConversationState(from, { type: 'end' });
        expect(wrapUp).toEqual(state('wrap-up', AGENT));
        expect(nextConversationState(wrapUp, { type: 'resolve' })).toEqual(state('closed', AGENT));
      }
    });

    it.each(['open', 'wrap-up', 'closed'] as const)('end is refused when %s', (status) => {
      expect(refusal(state(status), { type: 'end' })).toMatch(
        /only possible when it is active or waiting\.$/,
      );
    });
  });

  describe('reopen', () => {
    it('brings a closed conversation back to the agent who reopens it', () => {
      expect(nextConversationState(state('closed', OTHER), { type: 'reopen', agentId: AGENT })).toEqual(
        state('active', AGENT),
      );
      expect(nextConversationState(state('wrap-up', OTHER), { type: 'reopen', agentId: AGENT })).toEqual(
        state('active', AGENT),
      );
    });

    it.each(['open', 'active', 'waiting'] as const)('is refused when %s', (status) => {
      expect(refusal(state(status, OTHER), { type: 'reopen', agentId: AGENT })).toMatch(
        /only possible when it is closed or in wrap-up\.$/,
      );
    });
  });

  describe('assign', () => {
    it('an open conversation becomes active with the assignee; others keep their status', () => {
      expect(nextConversationState(state('open'), { type: 'assign', agentId: AGENT })).toEqual(
        state('active', AGENT),
      );
      expect(nextConversationState(state('waiting', OTHER), { type: 'assign', agentId: AGENT })).toEqual(
        state('waiting', AGENT),
      );
      expect(nextConversationState(state('active', OTHER), { type: 'assign', agentId: AGENT })).toEqual(
        state('active', AGENT),
      );
    });

    it('is refused once closed', () => {
      expect(refusal(state('closed', OTHER), { type: 'assign', agentId: AGENT })).toMatch(/not closed\.$/);
    });
  });

  describe('agent-message', () => {
    it.each(['open', 'waiting', 'wrap-up', 'active'] as const)(
      'makes a conversation nobody has the writing agent’s, active, when it is %s',
      (status) => {
        expect(nextConversationState(state(status), { type: 'agent-message', agentId: AGENT })).toEqual(
          state('active', AGENT),
        );
      },
    );

    it.each(['active', 'waiting', 'wrap-up'] as const)(
      'leaves a %s conversation with its agent',
      (status) => {
        expect(
          nextConversationState(state(status, OTHER), { type: 'agent-message', agentId: AGENT }),
        ).toEqual(state(status, OTHER));
      },
    );

    it('is refused once closed', () => {
      expect(refusal(state('closed', OTHER), { type: 'agent-message', agentId: AGENT })).toMatch(
        /a new conversation starts instead\)\.$/,
      );
    });
  });

  describe('customer-message and auto-close', () => {
    it('a customer coming back returns a waiting conversation to its agent, or to the queue', () => {
      expect(nextConversationState(state('waiting', AGENT), { type: 'customer-message' })).toEqual(
        state('active', AGENT),
      );
      expect(nextConversationState(state('waiting'), { type: 'customer-message' })).toEqual(state('open'));
      expect(nextConversationState(state('active', AGENT), { type: 'customer-message' })).toEqual(
        state('active', AGENT),
      );
    });

    it('a closed conversation takes no more customer messages', () => {
      expect(refusal(state('closed', AGENT), { type: 'customer-message' })).toMatch(
        /a new conversation starts/,
      );
    });

    it('auto-close only closes waiting conversations', () => {
      expect(nextConversationState(state('waiting', AGENT), { type: 'auto-close' })).toEqual(
        state('closed', AGENT),
      );
      expect(refusal(state('active', AGENT), { type: 'auto-close' })).toMatch(
        /only possible when it is waiting\.$/,
      );
    });
  });
});
