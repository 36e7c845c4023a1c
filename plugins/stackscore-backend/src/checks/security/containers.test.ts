import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { serviceFacts } from '../testing/facts';
import { securityCheckImplementations } from '.';
import { dockerfile, stage } from '../supplyChain/testing';

function run(id: string, facts: EntityFacts) {
  const check = securityCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

describe('security.container-non-root', () => {
  const id = 'security.container-non-root';

  it('passes a non-root USER with a trailing comment and a distroless nonroot base', () => {
    const commented = dockerfile([
      stage('golang:1.24', { alias: 'build' }),
      stage('alpine:3.21', { user: '65534 # nobody' }),
    ]);
    expect(run(id, serviceFacts({ dockerfiles: [commented] })).status).toBe(
      'pass',
    );
    const distroless = dockerfile([
      stage('gcr.io/distroless/static-debian12:nonroot'),
    ]);
    expect(run(id, serviceFacts({ dockerfiles: [distroless] })).status).toBe(
      'pass',
    );
  });

  it('inherits USER from the stage the final stage starts from', () => {
    const chained = dockerfile([
      stage('node:22-slim', { alias: 'base', user: 'node' }),
      stage('base', { isStage: true }),
    ]);
    expect(run(id, serviceFacts({ dockerfiles: [chained] })).status).toBe(
      'pass',
    );
  });

  it('fails the untagged distroless base without USER (000:L114), root users, build-stage USER and gosu', () => {
    const untagged = dockerfile([stage('gcr.io/distroless/static-debian12')]);
    expect(run(id, serviceFacts({ dockerfiles: [untagged] })).status).toBe(
      'fail',
    );
    expect(
      run(
        id,
        serviceFacts({
          dockerfiles: [
            dockerfile([stage('debian:bookworm', { user: 'root' })]),
          ],
        }),
      ).status,
    ).toBe('fail');
    expect(
      run(
        id,
        serviceFacts({
          dockerfiles: [
            dockerfile([stage('debian:bookworm', { user: '0:0' })]),
          ],
        }),
      ).status,
    ).toBe('fail');
    const buildOnly = dockerfile([
      stage('golang:1.24', { alias: 'build', user: '1001' }),
      stage('debian:bookworm-slim'),
    ]);
    expect(
      run(id, serviceFacts({ dockerfiles: [buildOnly] })).evidence[0].message,
    ).toContain('build stage');
    const gosu = dockerfile([
      stage('debian:bookworm-slim', { entrypoint: '["gosu", "app", "/app"]' }),
    ]);
    expect(
      run(id, serviceFacts({ dockerfiles: [gosu] })).evidence[0].message,
    ).toContain('gosu');
  });

  it('ignores non-production Dockerfiles', () => {
    const dev = dockerfile([stage('golang:1.24')], {
      file: 'Dockerfile.dev',
      production: false,
    });
    expect(run(id, serviceFacts({ dockerfiles: [dev] })).status).toBe(
      'not-applicable',
    );
  });
});

describe('security.minimal-runtime-image', () => {
  const id = 'security.minimal-runtime-image';

  it.each([
    'scratch',
    'gcr.io/distroless/java21-debian12:nonroot',
    'python:3.12-slim-bookworm',
    'eclipse-temurin:21-jre-alpine',
    'busybox:1.37',
    'debian:bookworm-slim',
  ])('passes %s in the final stage', image => {
    const facts = serviceFacts({
      dockerfiles: [
        dockerfile([stage('golang:1.24', { alias: 'build' }), stage(image)]),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it.each([
    'golang:latest',
    'node:22',
    'python:3.11',
    'maven:3.9.9-eclipse-temurin-21',
    'rust:1.86',
  ])('fails %s in the final stage', image => {
    const facts = serviceFacts({
      dockerfiles: [dockerfile([stage(image, { line: 4 })])],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'Dockerfile', line: 4 }],
    });
  });

  it('is not applicable without a production Dockerfile', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });
});
