import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useMountedState from 'react-use/esm/useMountedState';
import type { RunResponse } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { useInterval } from './useInterval';

/**
 * Runs from `fresh` replace those with the same id in `current`; the result is newest first like the API.
 *
 * @internal
 */
export function mergeRuns(
  fresh: readonly RunResponse[],
  current: readonly RunResponse[],
): RunResponse[] {
  const byId = new Map(current.map(run => [run.id, run] as const));
  for (const run of fresh) byId.set(run.id, run);
  return [...byId.values()].sort(
    (a, b) =>
      b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
  );
}

/**
 * The runs list of the Runs tab and everything that changes it: the first page, older pages, starting a
 * run, and — while any listed run is running — polling each running run every `pollIntervalMs`, then
 * re-reading the list once one finishes (a finished run may have been followed by new ones).
 *
 * `followed` is the run whose progress is shown: the newest running run, or the one started here; it
 * stays selected after it finishes so its final figures remain visible.
 *
 * @internal
 */
export function useRuns(pollIntervalMs: number) {
  const api = useApi(stackscoreApiRef);
  const isMounted = useMountedState();
  const [runs, setRuns] = useState<RunResponse[]>([]);
  const [nextCursor, setNextCursor] = useState<string>();
  const [followedId, setFollowedId] = useState<string>();
  const [pollError, setPollError] = useState<Error>();
  // Once older pages are loaded the cursor points past them; re-reading the first page must not reset it.
  const olderLoaded = useRef(false);
  const polling = useRef(false);

  const initial = useAsync(async () => {
    const page = await api.listRuns();
    // Merge rather than replace: a run started before the first page arrived must not vanish.
    setRuns(current => mergeRuns(page.items, current));
    setNextCursor(page.nextCursor);
  }, [api]);

  const refresh = useCallback(async () => {
    const page = await api.listRuns();
    if (!isMounted()) return;
    setRuns(current => mergeRuns(page.items, current));
    if (!olderLoaded.current) setNextCursor(page.nextCursor);
  }, [api, isMounted]);

  const [olderState, loadOlder] = useAsyncFn(async () => {
    if (!nextCursor) return;
    const page = await api.listRuns({ before: nextCursor });
    olderLoaded.current = true;
    setRuns(current => mergeRuns(page.items, current));
    setNextCursor(page.nextCursor);
  }, [api, nextCursor]);

  const [startState, start] = useAsyncFn(async () => {
    const run = await api.startRun();
    setRuns(current => mergeRuns([run], current));
    setFollowedId(run.id);
    return run;
  }, [api]);

  const running = runs.filter(run => run.status === 'running');

  const poll = async () => {
    // A slow backend must not pile up requests: skip ticks while one poll is under way.
    if (polling.current) return;
    polling.current = true;
    try {
      const updated = await Promise.all(running.map(run => api.getRun(run.id)));
      if (!isMounted()) return;
      setRuns(current => mergeRuns(updated, current));
      setPollError(undefined);
      if (updated.some(run => run.status !== 'running')) await refresh();
    } catch (e) {
      if (isMounted()) setPollError(e as Error);
    } finally {
      polling.current = false;
    }
  };
  useInterval(poll, running.length > 0 ? pollIntervalMs : null);

  useEffect(() => {
    const newest = runs.find(run => run.status === 'running');
    if (!newest) return;
    setFollowedId(current =>
      runs.find(run => run.id === current)?.status === 'running'
        ? current
        : newest.id,
    );
  }, [runs]);

  return {
    runs,
    loading: initial.loading,
    error: initial.error,
    nextCursor,
    loadOlder,
    olderState,
    start,
    startState,
    followed: runs.find(run => run.id === followedId),
    pollError,
  };
}
