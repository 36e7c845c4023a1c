import { createHash } from 'crypto';
import {
  radarUsageMatchers,
  type UsageMatcher,
} from '@stackscore/plugin-stackscore-common';
import type { RadarStore } from '../database/RadarStore';
import { stableJson } from '../runs/fingerprints';

/**
 * The usage matchers in force and a short hash of them: part of the scoring fingerprint, so adding an entry
 * that claims a technology rescores every entity on the next run.
 *
 * @internal
 */
export interface UsageMatcherSet {
  matchers: Record<string, UsageMatcher>;
  version: string;
}

/** Portal entries are re-read at most this often when no write on this replica said they changed. */
const maxAgeMs = 60_000;

/**
 * The built-in usage table merged with the matchers of entries added in the portal (an entry added in the
 * portal may also claim a technology the table already maps; both then count). Cached; radar writes on
 * this replica call {@link RadarUsageMatchers.invalidate}, other replicas pick changes up within a minute.
 *
 * @internal
 */
export class RadarUsageMatchers {
  private cached?: { at: number; usage: Promise<UsageMatcherSet> };

  constructor(
    private readonly store: Pick<RadarStore, 'portalUsageMatchers'>,
    private readonly now: () => number = Date.now,
  ) {}

  current(): Promise<UsageMatcherSet> {
    const at = this.now();
    if (!this.cached || at - this.cached.at > maxAgeMs) {
      const usage = this.load();
      // A failed read is not cached: the next entity asks again.
      usage.catch(() => {
        if (this.cached?.usage === usage) this.cached = undefined;
      });
      this.cached = { at, usage };
    }
    return this.cached.usage;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async load(): Promise<UsageMatcherSet> {
    const matchers = {
      ...radarUsageMatchers,
      ...(await this.store.portalUsageMatchers()),
    };
    return {
      matchers,
      version: createHash('sha1')
        .update(stableJson(matchers))
        .digest('hex')
        .slice(0, 8),
    };
  }
}
