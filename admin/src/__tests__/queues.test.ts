import { QUEUES, parseQueue } from '../queues';

describe('parseQueue', () => {
  it.each(QUEUES.map((queue) => queue.id))('keeps the known queue %s', (id) => {
    expect(parseQueue(id)).toBe(id);
  });

  it.each([null, '', 'OPEN', 'active', 'toString'])('falls back to the open queue for %p', (value) => {
    expect(parseQueue(value)).toBe('open');
  });
});
