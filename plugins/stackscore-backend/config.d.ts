import type { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the Stackscore plugins. */
  stackscore?: {
    /**
     * Who may change Stackscore data (exemptions, runs, decisions, campaigns). Read by the example
     * backend's permission policy.
     */
    permissions?: {
      /**
       * Entity refs of groups whose members may perform every Stackscore write, e.g.
       * `group:default/platform`. Owners of an entity may still write to their own entity.
       */
      adminGroups?: string[];
    };
    /** Where repositories are read from. */
    sources?: {
      /**
       * Folder that `stackscore.io/source-dir` annotations resolve against (relative to the backend's
       * working directory). Local directories are read only when this is set, and never outside it.
       * Entities with `backstage.io/source-location` are read through the UrlReaderService instead.
       */
      localRoot?: string;
    };
    /** The scheduled scoring of the catalog. */
    schedule?: {
      /** How often each shard is scored (unchanged entities are skipped). Default 30 minutes. */
      frequency?: HumanDuration | string;
      /** Longest a shard's run may take. Default 1 hour. */
      timeout?: HumanDuration | string;
      /** Delay before the first run after start-up. Default 20 seconds. */
      initialDelay?: HumanDuration | string;
      /**
       * Number of shards, 1–64. Each is a global scheduler task, so backend replicas sharing one
       * PostgreSQL score different shards at the same time and never the same shard twice. Default 1.
       */
      shards?: number;
    };
    /** How a run treats its entities. */
    runs?: {
      /** Entities scored at once per run. Default 4. */
      concurrency?: number;
      /** An entity taking longer is recorded as failed and the run goes on. Default 60 seconds. */
      entityTimeout?: HumanDuration | string;
    };
    /** How long history is kept. */
    retention?: {
      /**
       * Days of result history, daily score points, finished runs and ended exemptions kept; older rows are
       * deleted by a cleanup task (as often as `schedule.frequency`), which also removes everything of entities no longer in the
       * catalog. Default 365.
       */
      days?: number;
    };
    /** Remediation tracking. */
    remediation?: {
      /**
       * How often exemption expiries, campaign coverage and due dates, and deadline reminders are processed
       * (they are also processed after every scoring run). Default 15 minutes.
       */
      frequency?: HumanDuration | string;
      /**
       * Send notifications (level drops to entity owners, campaign deadlines 7 days out to teams still
       * failing) through Backstage's notifications service. Default true; without the notifications backend
       * nothing is sent and a warning is logged once.
       */
      notifications?: boolean;
    };
    /** Organisation settings some built-in checks need. */
    checks?: {
      /**
       * npm scopes of internal packages (with or without `@`), e.g. `larkspur`. Enables
       * `supply-chain.private-scope-registry`; without it that check is not applicable.
       */
      internalNpmScopes?: string[];
      /** Packages whose npm install scripts the organisation has reviewed and allows. */
      installScriptAllowlist?: string[];
    };
    /**
     * Checks declared in configuration, without code. Each is validated at start-up; a bad entry stops
     * the backend with a message naming its key.
     */
    customChecks?: Array<{
      /** `<scorecard>.<kebab-case-slug>`; must not clash with a built-in id. */
      id: string;
      scorecard: 'slo' | 'observability' | 'security' | 'supply-chain';
      level: 'bronze' | 'silver' | 'gold';
      severity: 'critical' | 'high' | 'medium' | 'low';
      title: string;
      description?: string;
      /** What to change when the check fails. */
      remediation: string;
      /** Ecosystems the check applies to; every ecosystem when absent. */
      ecosystems?: Array<'go' | 'python' | 'rust' | 'java' | 'node'>;
      /** `spec.type` values the check applies to; every type when absent. */
      types?: string[];
      /**
       * Exactly one of: `fileExists` (a path), `glob` (a pattern over repository files),
       * `dependency` ({ ecosystem, name }), `annotation` ({ key, equals?, matches? }),
       * `document` ({ file, path, equals?, matches? } — a dot path into a YAML or JSON file).
       */
      rule: {
        fileExists?: string;
        glob?: string;
        dependency?: { ecosystem: string; name: string };
        annotation?: { key: string; equals?: string; matches?: string };
        document?: {
          file: string;
          path: string;
          equals?: string | number | boolean;
          matches?: string;
        };
      };
    }>;
  };
}
