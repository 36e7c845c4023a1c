import type {
  DockerfileFacts,
  DockerStage,
} from '@stackscore/plugin-stackscore-common';
import {
  Arg,
  Copy,
  DockerfileParser,
  Env,
  From,
  Instruction,
  Run,
} from 'dockerfile-ast';
import { splitImageReference, substituteVariables } from './imageReference';

/** Fills a stage from one instruction; keywords without a handler are skipped. */
type Handler = (stage: DockerStage, instruction: Instruction) => void;

function lineOfInstruction(instruction: Instruction): number {
  return instruction.getRange().start.line + 1;
}

/**
 * Joins the lines of a continued instruction into one command, dropping the escape characters and the comment
 * lines Docker strips from inside a continuation.
 */
function joinContinuation(raw: string, escapeChar: string): string {
  const parts: string[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (index > 0 && (trimmed === '' || trimmed.startsWith('#'))) return;
    const withoutEscape = trimmed.endsWith(escapeChar)
      ? trimmed.slice(0, -escapeChar.length).trimEnd()
      : trimmed;
    if (withoutEscape) parts.push(withoutEscape);
  });
  return parts.join(' ');
}

function argumentText(instruction: Instruction, escapeChar: string): string {
  const raw = instruction.getRawArgumentsContent() ?? '';
  const hasHeredoc =
    (instruction instanceof Run || instruction instanceof Copy) &&
    instruction.getHeredocs().length > 0;
  // A heredoc body is a script whose line breaks matter.
  return hasHeredoc ? raw.trim() : joinContinuation(raw, escapeChar);
}

function isExecForm(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return (
      Array.isArray(parsed) && parsed.every(part => typeof part === 'string')
    );
  } catch {
    return false;
  }
}

/** `USER 65534 # nobody` is not valid Docker syntax but common; the value is what precedes the comment. */
function withoutTrailingComment(text: string): string {
  const match = /\s#/.exec(text);
  return (match ? text.slice(0, match.index) : text).trim();
}

function stageHandlers(escapeChar: string): Record<string, Handler> {
  const text = (instruction: Instruction) =>
    argumentText(instruction, escapeChar);
  return {
    USER: (stage, instruction) => {
      const value = withoutTrailingComment(text(instruction));
      if (value) stage.user = { value, line: lineOfInstruction(instruction) };
    },
    ENV: (stage, instruction) => {
      const properties = (instruction as Env).getProperties();
      for (const property of properties) {
        stage.env.push({
          key: property.getName(),
          value: property.getValue() ?? '',
          line: lineOfInstruction(instruction),
        });
      }
    },
    RUN: (stage, instruction) => {
      const value = text(instruction);
      if (value)
        stage.run.push({ value, line: lineOfInstruction(instruction) });
    },
    COPY: (stage, instruction) => {
      const from = (instruction as Copy).getFromFlag()?.getValue();
      if (from) stage.copyFrom.push(from);
    },
    HEALTHCHECK: (stage, instruction) => {
      const value = text(instruction);
      const isNone = value.split(/\s+/)[0]?.toUpperCase() === 'NONE';
      stage.healthcheck = isNone
        ? undefined
        : { value, line: lineOfInstruction(instruction) };
    },
    CMD: (stage, instruction) => {
      const value = text(instruction);
      stage.cmd = {
        value,
        line: lineOfInstruction(instruction),
        execForm: isExecForm(value),
      };
    },
    ENTRYPOINT: (stage, instruction) => {
      const value = text(instruction);
      stage.entrypoint = {
        value,
        line: lineOfInstruction(instruction),
        execForm: isExecForm(value),
      };
    },
  };
}

/** Global `ARG`s: raw defaults for the facts, expanded values for `FROM` resolution. */
class GlobalArgs {
  readonly declared: Record<string, string | undefined> = {};
  private readonly values = new Map<string, string | undefined>();

  declare(instruction: Arg): void {
    for (const property of instruction.getProperties()) {
      const name = property.getName();
      const raw = property.getValue() ?? undefined;
      this.declared[name] = raw;
      this.values.set(
        name,
        raw === undefined
          ? undefined
          : substituteVariables(raw, n => this.lookup(n)).value,
      );
    }
  }

  lookup(name: string): string | undefined {
    return this.values.get(name);
  }
}

function newStage(
  instruction: From,
  index: number,
  args: GlobalArgs,
  aliases: readonly string[],
): DockerStage {
  // getArguments() leaves out flags such as --platform.
  const words = instruction.getArguments().map(a => a.getValue());
  const raw = words[0] ?? '';
  const alias =
    words.length >= 3 && words[1].toUpperCase() === 'AS' ? words[2] : undefined;
  const { value: resolved, unresolved } = substituteVariables(raw, name =>
    args.lookup(name),
  );
  const reference = splitImageReference(resolved);
  return {
    index,
    alias,
    from: {
      raw,
      resolved,
      ...reference,
      isStage: aliases.includes(resolved.toLowerCase()),
      unresolved,
      line: lineOfInstruction(instruction),
    },
    env: [],
    run: [],
    copyFrom: [],
  };
}

/**
 * Reads a Dockerfile's text into facts: its stages (base image, user, env, run commands, copy sources,
 * healthcheck, cmd/entrypoint) and its global build arguments. Never throws; a file that cannot be read as a
 * Dockerfile gets `error`.
 *
 * @internal
 */
export function parseDockerfile(
  file: string,
  text: string,
  production: boolean,
): DockerfileFacts {
  const facts: DockerfileFacts = {
    file,
    production,
    stages: [],
    globalArgs: {},
  };
  try {
    const dockerfile = DockerfileParser.parse(text);
    const handlers = stageHandlers(dockerfile.getEscapeCharacter());
    const args = new GlobalArgs();
    const aliases: string[] = [];
    const problems: string[] = [];
    let stage: DockerStage | undefined;
    for (const instruction of dockerfile.getInstructions()) {
      const keyword = instruction.getKeyword();
      if (instruction instanceof From) {
        stage = newStage(instruction, facts.stages.length, args, aliases);
        if (!stage.from.raw) {
          problems.push(`FROM without an image on line ${stage.from.line}`);
        }
        if (stage.alias) aliases.push(stage.alias.toLowerCase());
        facts.stages.push(stage);
      } else if (!stage) {
        if (instruction instanceof Arg) args.declare(instruction);
      } else {
        handlers[keyword]?.(stage, instruction);
      }
    }
    facts.globalArgs = args.declared;
    if (facts.stages.length === 0) problems.unshift('no FROM instruction');
    if (problems.length > 0) facts.error = problems.join('; ');
  } catch (error) {
    facts.stages = [];
    facts.error = `could not parse: ${
      error instanceof Error ? error.message : String(error)
    }`;
  }
  return facts;
}
