/*
 * Micro-benchmark: how long evaluating every check against one entity's facts takes. Facts are collected
 * once per example repository (I/O is not measured); evaluation runs many times and the median and p95 per
 * entity are reported. Options: --iterations N (default 500). Returns the figures for the harness's JSON.
 */
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { readEntityForDirectory } from '../plugins/stackscore-backend/src/cli/readEntity';
import { collectFacts } from '../plugins/stackscore-backend/src/collectors/collectFacts';
import { evaluateChecks } from '../plugins/stackscore-backend/src/checks/evaluate';
import { createScoringPipeline } from '../plugins/stackscore-backend/src/pipeline/defaultPipeline';
import { LocalDirectorySource } from '../plugins/stackscore-backend/src/sources/LocalDirectorySource';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export async function main(args: string[]) {
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const iterations = Number(option('--iterations') ?? 500);
  const reposDir = path.resolve(__dirname, '../examples/repos');
  const pipeline = createScoringPipeline();
  const settings = {
    internalNpmScopes: ['larkspur'],
    installScriptAllowlist: [],
  };

  const facts = [];
  for (const name of fs.readdirSync(reposDir).sort()) {
    const dir = path.join(reposDir, name);
    const collected = await collectFacts({
      entity: await readEntityForDirectory(dir),
      source: new LocalDirectorySource(dir),
      collectors: pipeline.collectors,
    });
    if (collected.status === 'collected') facts.push(collected.facts);
  }

  // Warm up the JIT before measuring.
  for (let i = 0; i < 50; i++) {
    for (const f of facts) evaluateChecks(pipeline.checks, f, settings);
  }
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    for (const f of facts) {
      const start = performance.now();
      evaluateChecks(pipeline.checks, f, settings);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const result = {
    benchmark: 'evaluate-checks',
    entities: facts.length,
    checks: pipeline.checks.length,
    samples: samples.length,
    medianMs: Number(quantile(samples, 0.5).toFixed(4)),
    p95Ms: Number(quantile(samples, 0.95).toFixed(4)),
    maxMs: Number(samples[samples.length - 1].toFixed(4)),
  };
  console.log('Check evaluation per entity (facts in memory, no I/O)');
  console.log(`  entities        ${result.entities} example repositories`);
  console.log(`  checks          ${result.checks}`);
  console.log(`  samples         ${result.samples}`);
  console.log(`  median          ${result.medianMs} ms`);
  console.log(`  p95             ${result.p95Ms} ms`);
  console.log(`  max             ${result.maxMs} ms`);
  return result;
}
