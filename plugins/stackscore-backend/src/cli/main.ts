import { Command, CommanderError, Option } from 'commander';
import fs from 'fs/promises';
import { ConfigReader } from '@backstage/config';
import { parse as parseYaml } from 'yaml';
import {
  EntityScores,
  ScorecardLevel,
  checkLevels,
  compareScorecardLevels,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { readCustomCheckConfig } from '../checks/custom/config';
import { readCheckSettings } from '../checks/settings';
import { createScoringPipeline } from '../pipeline/defaultPipeline';
import { scoreRepository } from '../pipeline/scoreRepository';
import { LocalDirectorySource } from '../sources/LocalDirectorySource';
import { formatTable } from './formatTable';
import { formatChecksTable } from './formatChecks';
import { readEntityForDirectory } from './readEntity';

/** A usage or I/O problem: one line on stderr, exit code 2. */
class UsageError extends Error {}

interface Threshold {
  scorecard: string;
  level: ScorecardLevel;
}

function parseThreshold(
  value: string,
  previous: Threshold[] = [],
): Threshold[] {
  const [scorecard, level] = value.split(':');
  if (!scorecardIds.includes(scorecard as never)) {
    throw new UsageError(
      `--fail-under ${value}: unknown scorecard '${scorecard}' (one of ${scorecardIds.join(
        ', ',
      )})`,
    );
  }
  if (!checkLevels.includes(level as never)) {
    throw new UsageError(
      `--fail-under ${value}: unknown level '${level}' (one of ${checkLevels.join(
        ', ',
      )})`,
    );
  }
  return [...previous, { scorecard, level: level as ScorecardLevel }];
}

/** Thresholds a scorecard does not meet. A scorecard with no applicable check has nothing to fail. */
function unmetThresholds(scores: EntityScores, thresholds: Threshold[]) {
  return thresholds.filter(t => {
    const card = scores.scorecards.find(c => c.id === t.scorecard);
    return (
      card &&
      card.applicable > 0 &&
      compareScorecardLevels(card.level, t.level) < 0
    );
  });
}

async function readConfigFile(file: string | undefined) {
  if (!file) return new ConfigReader({});
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read --config ${file}: ${(error as Error).message}`,
    );
  }
  try {
    return new ConfigReader(parseYaml(text) ?? {});
  } catch (error) {
    throw new UsageError(
      `--config ${file} is not valid YAML: ${(error as Error).message}`,
    );
  }
}

function progressReporter(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return { step: () => {}, done: () => {} };
  return {
    step: (text: string) => stream.write(`\r\x1b[2Kstackscore: ${text}…`),
    done: () => stream.write('\r\x1b[2K'),
  };
}

function buildProgram(io: {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}) {
  const program = new Command('stackscore')
    .description(
      'Score a repository against the Stackscore scorecards without a portal.',
    )
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout.write(text),
      writeErr: text => io.stderr.write(text),
    });
  const format = () =>
    new Option('--format <format>', 'output format')
      .choices(['json', 'table'])
      .default('table');

  program
    .command('score')
    .description(
      'score the repository in <dir> (reads <dir>/catalog-info.yaml when present)',
    )
    .argument('<dir>', 'repository directory')
    .addOption(format())
    .option(
      '--fail-under <scorecard:level>',
      'exit 1 when a scorecard is below the level, e.g. supply-chain:silver (repeatable)',
      parseThreshold,
    )
    .option(
      '--config <file>',
      'app-config YAML with stackscore.customChecks and stackscore.checks',
    )
    .action(
      async (
        dir: string,
        options: { format: string; failUnder?: Threshold[]; config?: string },
      ) => {
        const stat = await fs.stat(dir).catch(() => undefined);
        if (!stat?.isDirectory())
          throw new UsageError(`${dir} is not a directory`);
        const config = await readConfigFile(options.config);
        let entity;
        try {
          entity = await readEntityForDirectory(dir);
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        const progress = progressReporter(io.stderr);
        const outcome = await scoreRepository({
          entity,
          source: new LocalDirectorySource(dir),
          pipeline: createScoringPipeline({
            customChecks: readCustomCheckConfig(config),
          }),
          settings: readCheckSettings(config),
          onProgress: progress.step,
        });
        progress.done();
        if (outcome.status !== 'scored') {
          throw new UsageError(`${dir} could not be read`);
        }
        const { scores } = outcome;
        if (options.format === 'json') {
          io.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
        } else {
          io.stdout.write(
            formatTable(scores, {
              colour: Boolean(io.stdout.isTTY) && !process.env.NO_COLOR,
            }),
          );
        }
        const unmet = unmetThresholds(scores, options.failUnder ?? []);
        for (const t of unmet) {
          const card = scores.scorecards.find(c => c.id === t.scorecard)!;
          io.stderr.write(
            `stackscore: ${t.scorecard} is ${card.level}, below the required ${t.level}\n`,
          );
        }
        if (unmet.length > 0) process.exitCode = 1;
      },
    );

  program
    .command('checks')
    .description('list the check catalogue')
    .addOption(format())
    .action((options: { format: string }) => {
      const { checks } = createScoringPipeline();
      const entries = checks.map(c => c.definition);
      io.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify(
              entries.map(d => ({
                id: d.id,
                scorecard: d.scorecard,
                title: d.title,
                level: d.level,
                severity: d.severity,
                applies: d.applicability,
                remediation: d.remediation,
                references: d.references,
              })),
              null,
              2,
            )}\n`
          : formatChecksTable(entries),
      );
    });
  return program;
}

/**
 * Runs the CLI. Exit codes: 0 normally, 1 when a `--fail-under` threshold is not met, 2 on usage or I/O
 * errors (one line on stderr).
 *
 * @internal
 */
export async function main(
  argv: string[],
  io = { stdout: process.stdout, stderr: process.stderr },
): Promise<void> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error it already printed.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`stackscore: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
