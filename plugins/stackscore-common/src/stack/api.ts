import type { RadarReference } from '../radar/types';

/**
 * A ranked language in a stack recommendation.
 *
 * @public
 */
export interface RankedLanguage {
  language: string;
  score: number;
  /** Frameworks for the language, best fit to the request first. */
  frameworks: Array<{ name: string; radarEntryId?: string; why: string }>;
  /** Why the language ranks where it does; every reason cites its source. */
  reasons: Array<{ text: string; reference: RadarReference }>;
}

/**
 * `POST /v1/stack/recommend`: languages ranked for the requirements and constraints, best first.
 *
 * @public
 */
export interface StackRecommendResponse {
  ranked: RankedLanguage[];
}

/**
 * A finding comparing a service's stack with the decision framework.
 *
 * @public
 */
export interface StackFinding {
  severity: 'warning' | 'info';
  text: string;
  reference: RadarReference;
}

/**
 * `GET /v1/stack/teams/:namespace/:name`: the team's current stack per service, compared with the framework.
 *
 * @public
 */
export interface TeamStackResponse {
  team: { ref: string; title?: string; subgroups: string[] };
  services: Array<{
    entityRef: string;
    languages: string[];
    frameworks: string[];
    p99TargetMs?: number;
    rpsTarget?: number;
    findings: StackFinding[];
  }>;
  /** Languages across the team's services, most used first. */
  languages: Array<{ language: string; services: number }>;
  /** Frameworks across the team's services, most used first. */
  frameworks: Array<{ framework: string; services: number }>;
}
