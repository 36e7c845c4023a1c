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
  };
}
