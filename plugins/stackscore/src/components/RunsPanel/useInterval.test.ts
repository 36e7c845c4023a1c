import { renderHook } from '@testing-library/react';
import { useInterval } from './useInterval';

describe('useInterval', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('calls the latest callback every interval, pauses on null and stops on unmount', () => {
    const first = jest.fn();
    const second = jest.fn();
    const { rerender, unmount } = renderHook(
      ({ callback, delay }) => useInterval(callback, delay),
      {
        initialProps: { callback: first, delay: 1000 as number | null },
      },
    );
    jest.advanceTimersByTime(2500);
    expect(first).toHaveBeenCalledTimes(2);

    rerender({ callback: second, delay: 1000 });
    jest.advanceTimersByTime(1000);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(2);

    rerender({ callback: second, delay: null });
    jest.advanceTimersByTime(5000);
    expect(second).toHaveBeenCalledTimes(1);

    rerender({ callback: second, delay: 1000 });
    jest.advanceTimersByTime(1000);
    expect(second).toHaveBeenCalledTimes(2);

    unmount();
    jest.advanceTimersByTime(5000);
    expect(second).toHaveBeenCalledTimes(2);
    expect(jest.getTimerCount()).toBe(0);
  });
});
