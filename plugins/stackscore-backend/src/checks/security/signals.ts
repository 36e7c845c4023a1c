import type {
  EntityFacts,
  Evidence,
  SignalMatch,
} from '@stackscore/plugin-stackscore-common';
import { isTestOrToolingPath } from '../../collectors/paths';
import { isNonServerNodeFile } from '../supplyChain/manifests';

/**
 * Signal matches by id outside tests, CLIs and scripts; with `serverCode`, also outside browser and
 * build-tool Node packages (Semantics: "Server vs other packages").
 *
 * @internal
 */
export function codeSignals(
  facts: EntityFacts,
  ids: string | readonly string[],
  options: { serverCode?: boolean; dir?: string; includeTests?: boolean } = {},
): SignalMatch[] {
  const wanted = typeof ids === 'string' ? [ids] : ids;
  return facts.signals.filter(
    s =>
      wanted.includes(s.signal) &&
      (options.dir === undefined ||
        options.dir === '' ||
        s.file.startsWith(`${options.dir}/`)) &&
      (options.includeTests || !isTestOrToolingPath(s.file)) &&
      (!options.serverCode || !isNonServerNodeFile(facts, s.file)),
  );
}

/**
 * Evidence for a signal match: the matched line, file and line number.
 *
 * @internal
 */
export function signalEvidence(match: SignalMatch, message: string): Evidence {
  return {
    message: `${message}: \`${match.text}\` (${match.file}:${match.line})`,
    file: match.file,
    line: match.line,
  };
}
