import { isRecord } from './yaml';

/*
 * Which events a GitLab pipeline or job runs on, read from `workflow:rules`, job `rules` and `only`/`except`.
 * Rule conditions are CI/CD expressions; we read only the variables that name the pipeline source and treat
 * anything else as "runs on whatever the pipeline runs on", so an unusual rule never hides a job.
 */

/**
 * Triggers of a pipeline whose rules do not restrict it: branch pushes, whose pipelines also serve open
 * merge requests.
 *
 * @internal
 */
export const defaultGitlabTriggers: readonly string[] = [
  'push',
  'merge_request',
];

const pipelineSources = new Map(
  Object.entries({
    merge_request_event: 'merge_request',
    external_pull_request_event: 'pull_request',
    schedule: 'schedule',
    push: 'push',
    web: 'web',
    api: 'api',
    trigger: 'trigger',
    pipeline: 'pipeline',
    parent_pipeline: 'parent_pipeline',
  }),
);

const onlyKeywords = new Map(
  Object.entries({
    merge_requests: 'merge_request',
    external_pull_requests: 'pull_request',
    schedules: 'schedule',
    tags: 'tag',
    branches: 'push',
    pushes: 'push',
    web: 'web',
    api: 'api',
    triggers: 'trigger',
    pipelines: 'pipeline',
  }),
);

interface ConditionEvents {
  events: string[];
  /** `$CI_PIPELINE_SOURCE != "…"`: every event except these. */
  negated: boolean;
}

/**
 * Events named by one rule's `if:` expression, or undefined when it names none we know.
 *
 * @internal
 */
export function conditionEvents(
  condition: string,
): ConditionEvents | undefined {
  if (condition.includes('CI_PIPELINE_SOURCE')) {
    const words = condition.match(/[a-z_]+/g) ?? [];
    const events = [
      ...new Set(
        words
          .filter(w => pipelineSources.has(w))
          .map(w => pipelineSources.get(w)!),
      ),
    ];
    if (events.length === 0) return undefined;
    const negated = /CI_PIPELINE_SOURCE\s*(!=|!~)/.test(condition);
    return { events, negated };
  }
  const events = new Set<string>();
  if (condition.includes('CI_MERGE_REQUEST_')) events.add('merge_request');
  if (condition.includes('CI_COMMIT_TAG')) events.add('tag');
  if (/CI_COMMIT_BRANCH|CI_COMMIT_REF_NAME|CI_DEFAULT_BRANCH/.test(condition)) {
    events.add('push');
  }
  return events.size > 0 ? { events: [...events], negated: false } : undefined;
}

/**
 * Events a `rules:` list lets run, in first-match order. Undefined when the rules do not restrict events
 * (an unconditional rule first, or a condition we cannot read).
 *
 * @internal
 */
export function rulesTriggers(rules: unknown): string[] | undefined {
  if (!Array.isArray(rules)) return undefined;
  const included = new Set<string>();
  const excluded = new Set<string>();
  for (const rule of rules) {
    if (!isRecord(rule)) continue;
    const never = rule.when === 'never';
    if (typeof rule.if !== 'string') {
      if (never) break;
      if (included.size === 0 && excluded.size === 0) return undefined;
      for (const event of defaultGitlabTriggers) {
        if (!excluded.has(event)) included.add(event);
      }
      break;
    }
    // `when: never` with a further condition excludes only part of the event's pipelines.
    if (never && rule.if.includes('&&')) continue;
    const read = conditionEvents(rule.if);
    if (!read) {
      if (never) continue;
      return undefined;
    }
    const matched = read.negated
      ? defaultGitlabTriggers.filter(event => !read.events.includes(event))
      : read.events;
    for (const event of matched) {
      if (never) {
        if (!included.has(event)) excluded.add(event);
      } else if (!excluded.has(event)) {
        included.add(event);
      }
    }
  }
  return [...included];
}

function refsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    return value.filter((v): v is string => typeof v === 'string');
  }
  if (isRecord(value) && Array.isArray(value.refs)) return refsOf(value.refs);
  return undefined;
}

/**
 * Events the legacy `only:`/`except:` keywords let run. Branch names and patterns count as pushes.
 * Undefined when neither restricts events.
 *
 * @internal
 */
export function onlyExceptTriggers(
  only: unknown,
  except: unknown,
): string[] | undefined {
  const onlyRefs = refsOf(only);
  const exceptRefs = refsOf(except) ?? [];
  const exceptEvents = exceptRefs
    .filter(ref => onlyKeywords.has(ref))
    .map(ref => onlyKeywords.get(ref)!);
  if (!onlyRefs && exceptEvents.length === 0) return undefined;
  const events = new Set(
    onlyRefs
      ? onlyRefs.map(ref => onlyKeywords.get(ref) ?? 'push')
      : defaultGitlabTriggers,
  );
  for (const event of exceptEvents) events.delete(event);
  return [...events];
}
