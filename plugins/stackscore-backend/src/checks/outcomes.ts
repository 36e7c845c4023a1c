import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';

/**
 * A passing outcome.
 *
 * @internal
 */
export const pass = (...evidence: Evidence[]): CheckOutcome => ({
  status: 'pass',
  evidence,
});

/**
 * A failing outcome; evidence says what is missing or wrong, where.
 *
 * @internal
 */
export const fail = (...evidence: Evidence[]): CheckOutcome => ({
  status: 'fail',
  evidence,
});

/**
 * A not-applicable outcome with the reason.
 *
 * @internal
 */
export const notApplicable = (message: string): CheckOutcome => ({
  status: 'not-applicable',
  evidence: [{ message }],
});

/**
 * An error outcome: the input could not be read or parsed.
 *
 * @internal
 */
export const errored = (...evidence: Evidence[]): CheckOutcome => ({
  status: 'error',
  evidence,
});

/**
 * Combines the outcomes of several subjects (ecosystems, modules, Dockerfiles) per the catalogue's rule:
 * fail if any fails; otherwise error if any could not be read; pass if at least one passed; otherwise not
 * applicable. Evidence of the deciding status comes first, then the rest.
 *
 * @internal
 */
export function combineOutcomes(
  outcomes: readonly CheckOutcome[],
  whenEmpty = 'nothing this check judges was found',
): CheckOutcome {
  const decide = (): CheckOutcome['status'] => {
    if (outcomes.some(o => o.status === 'fail')) return 'fail';
    if (outcomes.some(o => o.status === 'error')) return 'error';
    if (outcomes.some(o => o.status === 'pass')) return 'pass';
    return 'not-applicable';
  };
  if (outcomes.length === 0) return notApplicable(whenEmpty);
  const status = decide();
  const first = outcomes.filter(o => o.status === status);
  const rest = outcomes.filter(
    o => o.status !== status && o.status !== 'not-applicable',
  );
  return {
    status,
    evidence: [...first, ...rest].flatMap(o => o.evidence),
  };
}

/**
 * Modules of an ecosystem that checks can judge, or, for a module whose manifest could not be parsed, an
 * error outcome naming the file.
 *
 * @internal
 */
export function moduleErrors(modules: readonly ModuleFacts[]): CheckOutcome[] {
  return modules
    .filter(m => m.error)
    .map(m =>
      errored({
        message: `Could not read ${m.manifests[0]}: ${m.error}`,
        file: m.manifests[0],
      }),
    );
}

/**
 * Server modules (a server framework declared), which runtime checks judge. When a repository has no
 * server module, runtime checks judge every module (a worker or a service without a known framework).
 *
 * @internal
 */
export function runtimeModules(facts: EntityFacts): ModuleFacts[] {
  const readable = facts.modules.filter(m => !m.error);
  const servers = readable.filter(m => m.isServer);
  if (servers.length > 0) return servers;
  // A browser-only Node package is never judged on runtime behaviour.
  return readable.filter(m => m.ecosystem !== 'node');
}

/**
 * True when the module declares a dependency whose name matches (exact string, or a RegExp), ignoring
 * indirect (transitive) requirements.
 *
 * @internal
 */
export function findDependency(module: ModuleFacts, name: string | RegExp) {
  return module.dependencies.find(
    d =>
      !d.indirect &&
      (typeof name === 'string' ? d.name === name : name.test(d.name)),
  );
}

/**
 * Signal matches by id, optionally limited to files under a module folder.
 *
 * @internal
 */
export function signalsOf(facts: EntityFacts, signal: string, dir?: string) {
  return facts.signals.filter(
    s =>
      s.signal === signal &&
      (dir === undefined || dir === '' || s.file.startsWith(`${dir}/`)),
  );
}
