import {
  DecisionContent,
  DecisionOption,
  requirementMatrix,
  templateDecision,
} from '@stackscore/plugin-stackscore-common';
import type { StackDecisionDraft } from '../StackDecisionsPage';
import { languageName } from '../StackDecisionsPage/names';
import { citation } from '../shared/guidance';

/**
 * The template a stack recommendation is recorded with.
 *
 * @internal
 */
export const stackTemplateId = 'backend-language-framework';

/** A score to one decimal, as the ranking shows it. */
const score = (value: number) => (Math.round(value * 10) / 10).toString();

/** The request in words: requirement rows by their matrix titles, constraints as stated. */
function requestLines(draft: StackDecisionDraft): string[] {
  const lines = (draft.request.requirements ?? []).map(
    id => requirementMatrix.find(row => row.id === id)?.title ?? id,
  );
  const c = draft.request.constraints ?? {};
  if (c.p99Ms !== undefined) lines.push(`p99 latency target: ${c.p99Ms} ms`);
  if (c.rps !== undefined)
    lines.push(`Requests per second per instance: ${c.rps}`);
  if (c.concurrentConnections !== undefined) {
    lines.push(
      `Concurrent connections per instance: ${c.concurrentConnections}`,
    );
  }
  const flags: Array<[boolean | undefined, string]> = [
    [c.coldStartSensitive, 'Cold-start sensitive'],
    [c.cpuHeavy, 'CPU-heavy work inside the service'],
    [c.mlNeeds, 'Machine-learning needs'],
    [c.existingJvmCodebase, 'Existing JVM codebase'],
    [c.realTime, 'Real-time features'],
    [c.deepOperability, 'Deep operability tooling matters'],
    [c.manyTeamsLongLife, 'Many teams and a long service life'],
  ];
  for (const [on, text] of flags) if (on) lines.push(text);
  if (c.teamKnowsSystemsProgramming !== undefined) {
    lines.push(
      c.teamKnowsSystemsProgramming
        ? 'The team knows systems programming'
        : 'The team is new to systems programming',
    );
  }
  return lines;
}

/**
 * A proposed decision recording a stack recommendation: the `backend-language-framework` template with the
 * request and the ranking in the context, the chosen language's frameworks and cited reasons as the
 * arguments for its option and in the outcome, and the chosen option set. The template's option whose title
 * starts with the language's name is the chosen one; a language the template lacks gets an option of its own.
 *
 * @internal
 */
export function stackDraftDecision(draft: StackDecisionDraft): DecisionContent {
  const base = templateDecision(stackTemplateId);
  const name = languageName(draft.option.language);
  const reasons = draft.option.reasons.map(
    reason => `${reason.text} (${citation(reason.reference)})`,
  );
  const frameworks = draft.option.frameworks.map(f => f.name);

  const matches = (option: DecisionOption) =>
    option.title === name || option.title.startsWith(`${name} `);
  let options = base.options;
  let chosen = options.find(matches);
  if (chosen) {
    const own = chosen;
    options = options.map(option =>
      option === own
        ? { ...option, pros: [...option.pros, ...reasons] }
        : option,
    );
    chosen = options.find(matches);
  } else {
    chosen = {
      title: frameworks.length ? `${name} (${frameworks.join(', ')})` : name,
      pros: reasons,
      cons: [],
    };
    options = [...options, chosen];
  }

  const request = requestLines(draft);
  const context = [
    base.context,
    '**What the service needs**',
    request.length
      ? request.map(line => `* ${line}`).join('\n')
      : 'No requirement or constraint was stated.',
    '**Stack recommender ranking**',
    draft.ranked
      .map(
        (option, i) =>
          `${i + 1}. ${languageName(option.language)} (score ${score(
            option.score,
          )})`,
      )
      .join('\n'),
  ].join('\n\n');

  const outcome = [
    `${name}, ranked ${draft.rank} of ${
      draft.ranked.length
    } by the stack recommender (score ${score(
      draft.option.score,
    )}) for the needs listed in the context.`,
    frameworks.length
      ? [
          '**Frameworks**',
          draft.option.frameworks
            .map(framework => `* **${framework.name}** — ${framework.why}`)
            .join('\n'),
        ].join('\n\n')
      : '',
    reasons.length
      ? ['**Why**', reasons.map(reason => `* ${reason}`).join('\n')].join(
          '\n\n',
        )
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');

  const frameworkEntries = draft.option.frameworks
    .map(framework => framework.radarEntryId)
    .filter((id): id is string => Boolean(id));

  return {
    ...base,
    title: `${base.title}: ${name}`,
    context,
    options,
    chosenOption: chosen!.title,
    outcome,
    scope: { ...(draft.team ? { team: draft.team } : {}), entities: [] },
    links: {
      radarEntries: Array.from(
        new Set([...base.links.radarEntries, ...frameworkEntries]),
      ),
      checks: [],
    },
  };
}
