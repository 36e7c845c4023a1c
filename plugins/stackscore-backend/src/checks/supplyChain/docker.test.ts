import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { dockerfile, from, stage, workflow } from './testing';
import { unpinnedReason } from './images';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

describe('pinned image references', () => {
  it.each([
    'golang:1.24.4-bookworm',
    'python:3.11',
    'debian:bookworm-slim',
    'ubuntu:noble',
    'gcr.io/distroless/static-debian12:nonroot',
    'eclipse-temurin:21-jre-alpine',
    'node@sha256:0123456789abcdef',
  ])('%s is pinned', reference => {
    expect(unpinnedReason(from(reference))).toBeUndefined();
  });

  it.each([
    'node',
    'node:latest',
    'node:lts-alpine',
    'node:lts-alpine3.20',
    'python:stable',
    'node:current-slim',
    'alpine',
    'nginx:alpine',
    'gcr.io/distroless/static-debian12',
  ])('%s is not pinned', reference => {
    expect(unpinnedReason(from(reference))).toBeDefined();
  });
});

describe('supply-chain.base-image-pinned', () => {
  const id = 'supply-chain.base-image-pinned';

  it('passes pinned images and skips stage aliases, scratch and images built in the repository', () => {
    const facts = serviceFacts({
      ci: [workflow(['docker build -t acme/base:dev -f base/Dockerfile base'])],
      dockerfiles: [
        dockerfile([
          stage('golang:1.24.4-bookworm', { alias: 'build' }),
          stage('build', { isStage: true }),
          stage('scratch'),
        ]),
        dockerfile([stage('acme/base:dev')], { file: 'app/Dockerfile' }),
        dockerfile([stage('debian:bookworm-slim')], {
          file: 'base/Dockerfile',
        }),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('fails latest in any Dockerfile, dev images included, with file and line', () => {
    const facts = serviceFacts({
      dockerfiles: [
        dockerfile([stage('node:latest', { line: 3 })], {
          file: 'Dockerfile.dev',
          production: false,
        }),
      ],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [
        {
          file: 'Dockerfile.dev',
          line: 3,
          message: expect.stringContaining('`FROM node:latest`'),
        },
      ],
    });
  });

  it('reports an ARG without default as an error and is n/a without Dockerfiles', () => {
    const unresolved = dockerfile([
      { ...stage('${BASE}'), from: { ...from('${BASE}'), unresolved: true } },
    ]);
    expect(run(id, serviceFacts({ dockerfiles: [unresolved] })).status).toBe(
      'error',
    );
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });
});

describe('supply-chain.base-image-refresh', () => {
  const id = 'supply-chain.base-image-refresh';
  const dockerfiles = [dockerfile([stage('python:3.12-slim')])];

  it('passes Dependabot docker, Renovate, or a scheduled rebuild', () => {
    const bot = {
      dependabot: {
        file: '.github/dependabot.yml',
        updates: [{ ecosystem: 'docker' }],
      },
    };
    expect(run(id, serviceFacts({ dockerfiles, updateBots: bot })).status).toBe(
      'pass',
    );
    expect(
      run(
        id,
        serviceFacts({
          dockerfiles,
          updateBots: { renovate: { file: 'renovate.json', config: {} } },
        }),
      ).status,
    ).toBe('pass');
    const nightly = workflow(['docker build -t app .'], {
      triggers: ['schedule'],
    });
    expect(run(id, serviceFacts({ dockerfiles, ci: [nightly] })).status).toBe(
      'pass',
    );
  });

  it('fails Dependabot without docker, and Renovate with the dockerfile manager disabled', () => {
    const bot = {
      dependabot: {
        file: '.github/dependabot.yml',
        updates: [{ ecosystem: 'gomod' }],
      },
    };
    expect(run(id, serviceFacts({ dockerfiles, updateBots: bot })).status).toBe(
      'fail',
    );
    const renovate = {
      renovate: { file: 'renovate.json', config: { enabledManagers: ['npm'] } },
    };
    expect(
      run(id, serviceFacts({ dockerfiles, updateBots: renovate })).status,
    ).toBe('fail');
  });

  it('is not applicable without a Dockerfile', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });
});
