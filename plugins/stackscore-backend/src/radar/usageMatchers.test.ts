import { radarUsageMatchers } from '@stackscore/plugin-stackscore-common';
import { RadarUsageMatchers } from './usageMatchers';

describe('RadarUsageMatchers', () => {
  it('merges portal matchers over the built-in table, caches them, and changes its version when they change', async () => {
    let portal: Record<string, any> = {};
    const store = { portalUsageMatchers: jest.fn(async () => portal) };
    let now = 0;
    const usage = new RadarUsageMatchers(store, () => now);

    const first = await usage.current();
    expect(first.matchers).toEqual(radarUsageMatchers);
    expect(first.version).toMatch(/^[0-9a-f]{8}$/);
    expect(await usage.current()).toBe(first);
    expect(store.portalUsageMatchers).toHaveBeenCalledTimes(1);

    portal = { htmx: { dependencies: [{ names: ['htmx.org'] }] } };
    usage.invalidate();
    const second = await usage.current();
    expect(second.matchers.htmx).toEqual(portal.htmx);
    expect(second.version).not.toBe(first.version);

    // Other replicas' changes arrive once the cache is a minute old.
    portal = {};
    now += 61_000;
    expect((await usage.current()).version).toBe(first.version);
  });

  it('does not cache a failed read', async () => {
    const store = {
      portalUsageMatchers: jest
        .fn()
        .mockRejectedValueOnce(new Error('connection lost'))
        .mockResolvedValue({}),
    };
    const usage = new RadarUsageMatchers(store);
    await expect(usage.current()).rejects.toThrow('connection lost');
    await expect(usage.current()).resolves.toMatchObject({
      matchers: radarUsageMatchers,
    });
  });
});
