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
