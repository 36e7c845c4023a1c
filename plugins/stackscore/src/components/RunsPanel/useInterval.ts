import { useEffect, useRef } from 'react';

/**
 * Calls `callback` every `delayMs` milliseconds while `delayMs` is a number; `null` pauses. The latest
 * callback is always the one called, so it may close over fresh state without restarting the timer, and
 * the timer is cleared on unmount.
 *
 * @internal
 */
export function useInterval(callback: () => void, delayMs: number | null) {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);

  useEffect(() => {
    if (delayMs === null) return undefined;
    const timer = setInterval(() => latest.current(), delayMs);
    return () => clearInterval(timer);
  }, [delayMs]);
}
