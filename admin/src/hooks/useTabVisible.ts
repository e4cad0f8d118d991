import { useEffect, useRef, useState } from 'react';

const isVisible = () => document.visibilityState !== 'hidden';

/** Whether the admin's tab is shown: polling rests while it is hidden. */
const useTabVisible = (): boolean => {
  const [visible, setVisible] = useState(isVisible);

  useEffect(() => {
    const update = () => setVisible(isVisible());
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  return visible;
};

/**
 * Asks again as soon as the tab is shown again, rather than up to a whole polling interval later.
 * `query` is an RTK Query hook's result.
 */
const useRefetchWhenShown = (
  visible: boolean,
  { refetch, isUninitialized }: { refetch: () => unknown; isUninitialized: boolean },
) => {
  const wasVisible = useRef(visible);

  useEffect(() => {
    if (visible && !wasVisible.current && !isUninitialized) {
      refetch();
    }
    wasVisible.current = visible;
  }, [visible, refetch, isUninitialized]);
};

export { useRefetchWhenShown, useTabVisible };
