import { availableActions } from '../conversationActions';

const ME = 7;
const OTHER = { id: 9 };
const SELF = { id: ME };
const READER = { canReply: false, canManage: false };
const AGENT = { canReply: true, canManage: false };
const MANAGER = { canReply: true, canManage: true };

const actionsFor = (
  status: 'open' | 'active' | 'waiting' | 'wrap-up' | 'closed',
  assignee: { id: number } | null,
  permissions: typeof AGENT,
) =>
  Object.entries(availableActions({ status, assignee }, ME, permissions))
    .filter(([, allowed]) => allowed)
    .map(([action]) => action);

describe('availableActions', () => {
  it('offers a reader nothing but the thread', () => {
    expect(actionsFor('open', null, READER)).toEqual([]);
    expect(actionsFor('active', SELF, READER)).toEqual([]);
  });

  it('lets an agent accept an open request and reply to it', () => {
    expect(actionsFor('open', null, AGENT)).toEqual(['accept', 'reply']);
  });

  it('lets an agent close the session or end their active conversation', () => {
    expect(actionsFor('active', SELF, AGENT)).toEqual(['closeSession', 'end', 'reply']);
  });

  it('lets an agent take back or end a waiting conversation of theirs', () => {
    expect(actionsFor('waiting', SELF, AGENT)).toEqual(['accept', 'end', 'reply']);
  });

  it("keeps an agent out of another agent's conversation", () => {
    expect(actionsFor('active', OTHER, AGENT)).toEqual([]);
  });

  it("lets a manager work another agent's conversation and assign it", () => {
    expect(actionsFor('active', OTHER, MANAGER)).toEqual(['closeSession', 'end', 'assign', 'reply']);
  });

  it('offers only reopen on a closed conversation, and only to a manager', () => {
    expect(actionsFor('closed', SELF, AGENT)).toEqual([]);
    expect(actionsFor('closed', SELF, MANAGER)).toEqual(['reopen']);
  });
});
