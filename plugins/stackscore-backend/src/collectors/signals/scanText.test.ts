import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import type { SignalMatch } from '@stackscore/plugin-stackscore-common';
import { observabilitySignals } from './definitions/observability';
import { securitySignals } from './definitions/security';
import { sloSignals } from './definitions/slo';
import { supplyChainSignals } from './definitions/supplyChain';
import { scanText } from './SignalsCollector';
import type { SignalDefinition } from './types';

const definitions: SignalDefinition[] = [
  ...observabilitySignals,
  ...securitySignals,
  ...sloSignals,
  ...supplyChainSignals,
];

/** The plain rule scanText must keep: every definition tried on every line of at most 4,000 characters. */
function lineByLine(file: string, text: string): SignalMatch[] {
  const matches: SignalMatch[] = [];
  const counts = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    if (line.length > 4000) return;
    for (const d of definitions) {
      if (!d.pattern.test(line) || d.unless?.test(line)) continue;
      const count = counts.get(d.id) ?? 0;
      if (count >= 20) continue;
      counts.set(d.id, count + 1);
      matches.push({
        signal: d.id,
        file,
        line: index + 1,
        text: line.trim().slice(0, 200),
      });
    }
  });
  return matches;
}

/** Real source lines from the example repositories, so the property test mixes lines that carry signals. */
function exampleLines(): string[] {
  const root = path.resolve(__dirname, '../../../../../examples/repos');
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(go|py|ts|js|rs|java|kt)$/.test(entry.name)) {
        lines.push(...fs.readFileSync(full, 'utf8').split('\n'));
      }
    }
  };
  walk(root);
  return lines.filter(line => line.trim().length > 0);
}

describe('scanText', () => {
  const lines = exampleLines();

  it('finds exactly what a line-by-line scan finds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...lines),
            fc.string(),
            fc.constant('x'.repeat(5000)),
          ),
          { maxLength: 60 },
        ),
        chosen => {
          const text = chosen.join('\n');
          expect(scanText('src/main.go', text, definitions)).toEqual(
            lineByLine('src/main.go', text),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not scan overlong lines, even for the whole-file pass', () => {
    const signal = 'import "log/slog"';
    expect(scanText('web/app.go', signal, definitions)).not.toEqual([]);
    const minified = `${'a'.repeat(4001)} ${signal}`;
    expect(scanText('web/app.go', minified, definitions)).toEqual([]);
  });
});
