/**
 * Typed publish/subscribe within one process. Handlers run synchronously, in subscription order;
 * one that throws is reported and does not stop the others or the publisher, which has already
 * done its work (events announce facts, they do not ask for permission).
 */
export const createEventBus = <Events extends { [Name in keyof Events]: object }>({
  onError,
}: {
  onError: (name: keyof Events & string, error: unknown) => void;
}) => {
  const handlers = new Map<keyof Events, Set<(payload: never) => void>>();

  return {
    publish<Name extends keyof Events & string>(name: Name, payload: Events[Name]): void {
      for (const handler of handlers.get(name) ?? []) {
        try {
          (handler as (payload: Events[Name]) => void)(payload);
        } catch (error) {
          onError(name, error);
        }
      }
    },
    /** Returns the function that ends the subscription. */
    subscribe<Name extends keyof Events & string>(
      name: Name,
      handler: (payload: Events[Name]) => void,
    ): () => void {
      const forName = handlers.get(name) ?? new Set();
      handlers.set(name, forName);
      forName.add(handler as (payload: never) => void);
      return () => {
        forName.delete(handler as (payload: never) => void);
      };
    },
  };
};

export type EventBus<Events extends { [Name in keyof Events]: object }> = ReturnType<
  typeof createEventBus<Events>
>;
