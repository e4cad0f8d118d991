import { createEventBus } from '../event-bus';

interface TestEvents {
  'thing.changed': { id: number };
  'other.happened': { note: string };
}

describe('event bus', () => {
  const failures: Array<[string, unknown]> = [];
  const bus = () => createEventBus<TestEvents>({ onError: (name, error) => failures.push([name, error]) });

  beforeEach(() => {
    failures.length = 0;
  });

  it('hands each event to the handlers of its name, in subscription order', () => {
    const events = bus();
    const seen: string[] = [];
    events.subscribe('thing.changed', ({ id }) => seen.push(`first ${id}`));
    events.subscribe('thing.changed', ({ id }) => seen.push(`second ${id}`));
    events.subscribe('other.happened', ({ note }) => seen.push(`other ${note}`));

    events.publish('thing.changed', { id: 7 });

    expect(seen).toEqual(['first 7', 'second 7']);
  });

  it('stops handing events to a handler whose subscription ended', () => {
    const events = bus();
    const seen: number[] = [];
    const unsubscribe = events.subscribe('thing.changed', ({ id }) => seen.push(id));
    events.publish('thing.changed', { id: 1 });
    unsubscribe();
    events.publish('thing.changed', { id: 2 });

    expect(seen).toEqual([1]);
  });

  it('reports a failing handler and still runs the others, without failing the publisher', () => {
    const events = bus();
    const seen: number[] = [];
    const broken = new Error('cache gone');
    events.subscribe('thing.changed', () => {
      throw broken;
    });
    events.subscribe('thing.changed', ({ id }) => seen.push(id));

    expect(() => events.publish('thing.changed', { id: 3 })).not.toThrow();
    expect(seen).toEqual([3]);
    expect(failures).toEqual([['thing.changed', broken]]);
  });

  it('publishes to nobody without complaint', () => {
    expect(() => bus().publish('other.happened', { note: 'unheard' })).not.toThrow();
    expect(failures).toEqual([]);
  });
});
