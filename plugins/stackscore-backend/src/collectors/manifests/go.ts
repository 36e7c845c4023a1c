import type {
  Dependency,
  LockfileFacts,
} from '@stackscore/plugin-stackscore-common';
import { ParsedManifest, errorMessage, failedLockfile } from './shared';

/** One go.mod token with the line it sits on. */
interface GoToken {
  kind: 'word' | 'lparen' | 'rparen' | 'newline' | 'comment';
  text: string;
  line: number;
}

/**
 * Splits go.mod text into words, quoted strings, parentheses, comments and newlines, per the go.mod
 * lexical grammar. Throws on an unterminated string.
 */
function tokenizeGoMod(text: string): GoToken[] {
  const tokens: GoToken[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      tokens.push({ kind: 'newline', text: '\n', line });
      line++;
      i++;
    } else if (/\s/.test(ch) || ch === '\ufeff') {
      // Any other white space, a byte-order mark included, separates words; a word never starts with one,
      // or the word branch below would stop at once and never move on.
      i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      tokens.push({ kind: 'comment', text: text.slice(i, stop), line });
      i = stop;
    } else if (ch === '(') {
      tokens.push({ kind: 'lparen', text: ch, line });
      i++;
    } else if (ch === ')') {
      tokens.push({ kind: 'rparen', text: ch, line });
      i++;
    } else if (ch === '"' || ch === '`') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== ch) {
        if (ch === '"' && text[j] === '\\' && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (ch === '"' && text[j] === '\n') break;
        value += text[j];
        j++;
      }
      if (text[j] !== ch) {
        throw new Error(`go.mod line ${line}: unterminated string`);
      }
      tokens.push({ kind: 'word', text: value, line });
      line += (text.slice(i, j).match(/\n/g) ?? []).length;
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s()"`]/.test(text[j])) {
        if (text[j] === '/' && text[j + 1] === '/') break;
        j++;
      }
      tokens.push({ kind: 'word', text: text.slice(i, j), line });
      i = j;
    }
  }
  return tokens;
}

/** A go.mod statement: its verb, arguments, trailing comment and line. */
interface GoStatement {
  verb: string;
  args: string[];
  comment?: string;
  line: number;
}

/** Groups tokens into statements, expanding `verb ( … )` blocks. Throws on unbalanced parentheses. */
function goModStatements(tokens: GoToken[]): GoStatement[] {
  const statements: GoStatement[] = [];
  let blockVerb: string | undefined;
  let blockLine = 0;
  let current: GoStatement | undefined;
  const finish = () => {
    if (current) statements.push(current);
    current = undefined;
  };
  for (const token of tokens) {
    switch (token.kind) {
      case 'newline':
        finish();
        break;
      case 'comment':
        if (current) current.comment = token.text;
        break;
      case 'lparen':
        if (!current || current.args.length > 0 || blockVerb !== undefined) {
          throw new Error(`go.mod line ${token.line}: unexpected '('`);
        }
        blockVerb = current.verb;
        blockLine = token.line;
        current = undefined;
        break;
      case 'rparen':
        if (blockVerb === undefined || current) {
          throw new Error(`go.mod line ${token.line}: unexpected ')'`);
        }
        blockVerb = undefined;
        break;
      default:
        if (current) current.args.push(token.text);
        else if (blockVerb !== undefined) {
          current = {
            verb: blockVerb,
            args: [token.text],
            line: token.line,
          };
        } else current = { verb: token.text, args: [], line: token.line };
    }
  }
  finish();
  if (blockVerb !== undefined) {
    throw new Error(
      `go.mod line ${blockLine}: '${blockVerb} (' block is not closed`,
    );
  }
  return statements;
}

const goServerFrameworks = [
  'github.com/gin-gonic/gin',
  'github.com/go-chi/chi',
  'github.com/labstack/echo',
  'github.com/gofiber/fiber',
  'github.com/gorilla/mux',
  'google.golang.org/grpc',
  'connectrpc.com/connect',
  'github.com/bufbuild/connect-go',
];

/** True for a framework module path, with or without a `/vN` major-version suffix. */
function isGoServerFramework(path: string): boolean {
  const base = path.replace(/\/v\d+$/, '');
  return goServerFrameworks.includes(base);
}

/**
 * Parses a go.mod: module path, `go` and `toolchain` directives, and requirements with `// indirect`
 * marked. `replace`, `exclude` and `retract` are read past and ignored.
 *
 * @internal
 */
export function parseGoMod(text: string, file: string): ParsedManifest {
  try {
    const statements = goModStatements(tokenizeGoMod(text));
    const result: ParsedManifest = { dependencies: [], settings: {} };
    for (const statement of statements) {
      const { verb, args, line } = statement;
      if (verb === 'module') {
        if (args.length !== 1) {
          throw new Error(`go.mod line ${line}: usage: module module/path`);
        }
        result.name = args[0];
      } else if (verb === 'go') {
        if (args.length !== 1) {
          throw new Error(`go.mod line ${line}: usage: go 1.23`);
        }
        result.toolchain = { value: args[0], file, line };
        result.settings.goVersion = args[0];
      } else if (verb === 'toolchain') {
        if (args.length !== 1) {
          throw new Error(`go.mod line ${line}: usage: toolchain go1.23.4`);
        }
        result.settings.toolchainDirective = args[0];
      } else if (verb === 'require') {
        if (args.length !== 2) {
          throw new Error(
            `go.mod line ${line}: usage: require module/path v1.2.3`,
          );
        }
        const dependency: Dependency = {
          name: args[0],
          version: args[1],
          scope: 'runtime',
          file,
          line,
        };
        if (statement.comment && /^\/\/\s*indirect\b/.test(statement.comment)) {
          dependency.indirect = true;
        }
        result.dependencies.push(dependency);
      }
    }
    result.serverFrameworks = result.dependencies
      .filter(d => !d.indirect && isGoServerFramework(d.name))
      .map(d => d.name);
    return result;
  } catch (error) {
    return { dependencies: [], settings: {}, error: errorMessage(error) };
  }
}

/**
 * Parses a go.sum: one `module version hash` line per entry; `/go.mod`-only entries name the same module.
 *
 * @internal
 */
export function parseGoSum(text: string, file: string): LockfileFacts {
  const seen = new Map<string, { name: string; version?: string }>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const fields = lines[index].trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0) continue;
    if (fields.length !== 3) {
      return failedLockfile(
        'go',
        file,
        'go-sum',
        `go.sum line ${index + 1}: expected "module version hash"`,
      );
    }
    const version = fields[1].replace(/\/go\.mod$/, '');
    seen.set(`${fields[0]}@${version}`, { name: fields[0], version });
  }
  return {
    ecosystem: 'go',
    file,
    format: 'go-sum',
    packages: [...seen.values()],
  };
}
