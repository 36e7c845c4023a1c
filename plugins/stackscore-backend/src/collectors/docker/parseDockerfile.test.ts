import fc from 'fast-check';
import { emptyFacts } from '../collectFacts';
import { DockerfilesCollector } from './DockerfilesCollector';
import { splitImageReference, substituteVariables } from './imageReference';
import { parseDockerfile } from './parseDockerfile';
import { catalogFacts, memoryContext } from '../testing';

const multiStage = `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
ARG DISTRO=bookworm
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION}-\${DISTRO} AS Build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    # download first for caching
    go mod download && \\
    go build -o /out/app ./cmd/api
USER builder
FROM gcr.io/distroless/static-debian12:nonroot@sha256:0123abcd
COPY --from=build /out/app /app
ENV GOMEMLIMIT=200MiB GOGC=100
ENV LEGACY some value
USER 65534 # nobody
HEALTHCHECK --interval=10s CMD ["/app", "healthcheck"]
ENTRYPOINT ["/app"]
`;

describe('parseDockerfile', () => {
  it('reads a realistic multi-stage Dockerfile', () => {
    const facts = parseDockerfile('Dockerfile', multiStage, true);
    expect(facts.error).toBeUndefined();
    expect(facts.globalArgs).toEqual({
      GO_VERSION: '1.23',
      DISTRO: 'bookworm',
    });
    expect(facts.stages).toHaveLength(2);
    const [build, runtime] = facts.stages;
    expect(build.alias).toBe('Build');
    expect(build.from).toEqual({
      raw: 'golang:${GO_VERSION}-${DISTRO}',
      resolved: 'golang:1.23-bookworm',
      image: 'golang',
      tag: '1.23-bookworm',
      digest: undefined,
      isStage: false,
      unresolved: false,
      line: 4,
    });
    expect(build.run).toEqual([
      {
        value: 'go mod download && go build -o /out/app ./cmd/api',
        line: 7,
      },
    ]);
    expect(build.user).toEqual({ value: 'builder', line: 11 });
    expect(runtime.from.image).toBe('gcr.io/distroless/static-debian12');
    expect(runtime.from.tag).toBe('nonroot');
    expect(runtime.from.digest).toBe('sha256:0123abcd');
    expect(runtime.copyFrom).toEqual(['build']);
    expect(runtime.env).toEqual([
      { key: 'GOMEMLIMIT', value: '200MiB', line: 14 },
      { key: 'GOGC', value: '100', line: 14 },
      { key: 'LEGACY', value: 'some value', line: 15 },
    ]);
    expect(runtime.user).toEqual({ value: '65534', line: 16 });
    expect(runtime.healthcheck?.line).toBe(17);
    expect(runtime.entrypoint).toEqual({
      value: '["/app"]',
      line: 18,
      execForm: true,
    });
  });

  it('marks an ARG without default as unresolved', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      'ARG BASE\nARG TAG=3.12\nFROM ${BASE}:${TAG}\n',
      true,
    );
    expect(facts.globalArgs).toEqual({ BASE: undefined, TAG: '3.12' });
    expect(facts.stages[0].from).toMatchObject({
      resolved: ':3.12',
      unresolved: true,
    });
  });

  it('uses ${VAR:-default} fallbacks and $VAR', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      'ARG REG\nARG NAME=python\nFROM ${REG:-docker.io}/library/$NAME:3.12-slim\n',
      true,
    );
    expect(facts.stages[0].from).toMatchObject({
      resolved: 'docker.io/library/python:3.12-slim',
      image: 'docker.io/library/python',
      tag: '3.12-slim',
      unresolved: false,
    });
  });

  it('recognises reuse of an earlier stage alias case-insensitively, and scratch', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      'FROM node:22-alpine AS Deps\nFROM deps AS build\nFROM scratch\nCOPY --from=build /x /x\n',
      true,
    );
    expect(facts.stages.map(s => s.from.isStage)).toEqual([false, true, false]);
    expect(facts.stages[2].from).toMatchObject({
      image: 'scratch',
      tag: undefined,
    });
  });

  it('handles a registry with a port and a digest with a tag', () => {
    expect(splitImageReference('localhost:5000/team/app:1.2')).toEqual({
      image: 'localhost:5000/team/app',
      tag: '1.2',
      digest: undefined,
    });
    expect(splitImageReference('localhost:5000/app')).toEqual({
      image: 'localhost:5000/app',
      tag: undefined,
      digest: undefined,
    });
    expect(splitImageReference('alpine:3.20@sha256:abc')).toEqual({
      image: 'alpine',
      tag: '3.20',
      digest: 'sha256:abc',
    });
  });

  it('keeps USER per stage so a build-stage USER does not leak into the runtime', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      'FROM golang:1.23 AS build\nUSER app\nFROM debian:bookworm-slim\nCMD ["/app"]\n',
      true,
    );
    expect(facts.stages[0].user?.value).toBe('app');
    expect(facts.stages[1].user).toBeUndefined();
  });

  it('tells shell form from exec form', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      'FROM python:3.12-slim\nCMD uvicorn app:app --host 0.0.0.0\nENTRYPOINT ["gunicorn", "app:app"]\n',
      true,
    );
    expect(facts.stages[0].cmd).toEqual({
      value: 'uvicorn app:app --host 0.0.0.0',
      line: 2,
      execForm: false,
    });
    expect(facts.stages[0].entrypoint?.execForm).toBe(true);
  });

  it('ignores HEALTHCHECK NONE and keeps heredoc scripts whole', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      'FROM alpine:3.20\nHEALTHCHECK NONE\nRUN <<EOT\npip install uv==0.4.0\nuv sync --frozen\nEOT\n',
      true,
    );
    expect(facts.stages[0].healthcheck).toBeUndefined();
    expect(facts.stages[0].run[0].value).toContain('uv sync --frozen');
    expect(facts.stages[0].run[0].value).toContain('\n');
  });

  it('honours the escape parser directive', () => {
    const facts = parseDockerfile(
      'Dockerfile',
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n  && echo b\n',
      true,
    );
    expect(facts.stages[0].run[0].value).toBe('echo a && echo b');
  });

  it('records an error for text that is not a Dockerfile', () => {
    expect(parseDockerfile('Dockerfile', '', true).error).toBe(
      'no FROM instruction',
    );
    expect(parseDockerfile('Dockerfile', 'hello world', true).error).toBe(
      'no FROM instruction',
    );
    expect(parseDockerfile('Dockerfile', 'FROM\n', true).error).toContain(
      'FROM without an image',
    );
  });
});

describe('substituteVariables', () => {
  const lookup = (name: string) =>
    (({ A: 'a', EMPTY: '' } as Record<string, string>)[name]);

  it('follows shell-style operators', () => {
    expect(
      substituteVariables('${A}-${B:-b}-${EMPTY:-e}-${EMPTY-e}', lookup),
    ).toEqual({ value: 'a-b-e-', unresolved: false });
    expect(substituteVariables('${A:+set}${B:+set}', lookup)).toEqual({
      value: 'set',
      unresolved: false,
    });
    expect(substituteVariables('\\$A $B ${C', lookup)).toEqual({
      value: '$A  ${C',
      unresolved: true,
    });
  });
});

describe('DockerfilesCollector', () => {
  it('reads in-scope Dockerfiles, marks production ones and records parse errors', async () => {
    const collector = new DockerfilesCollector();
    const facts = emptyFacts(catalogFacts());
    await collector.collect(
      memoryContext({
        Dockerfile: 'FROM alpine:3.20\n',
        'deploy/Dockerfile.dev': 'FROM node:22\n',
        '.devcontainer/Dockerfile': 'FROM ubuntu\n',
        'broken.Dockerfile': 'not a dockerfile',
        'README.md': '#',
      }),
      facts,
    );
    expect(facts.dockerfiles.map(d => [d.file, d.production])).toEqual([
      ['Dockerfile', true],
      ['broken.Dockerfile', true],
      ['deploy/Dockerfile.dev', false],
    ]);
    expect(facts.errors).toEqual([
      {
        collector: 'dockerfiles',
        file: 'broken.Dockerfile',
        message: 'no FROM instruction',
      },
    ]);
  });

  it('records a file that cannot be read', async () => {
    const facts = emptyFacts(catalogFacts());
    await new DockerfilesCollector().collect(
      {
        files: ['Dockerfile'],
        readText: async () => {
          throw new Error('too large');
        },
      },
      facts,
    );
    expect(facts.dockerfiles[0].error).toBeDefined();
    expect(facts.errors[0]).toMatchObject({ file: 'Dockerfile' });
  });
});

describe('parseDockerfile properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), text => {
        const facts = parseDockerfile('Dockerfile', text, true);
        expect(Array.isArray(facts.stages)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid Dockerfile', () => {
    const alphabet = ['$', '{', '}', '\\', '\n', '#', '@', ':', '[', '"', ' '];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: multiStage.length }),
            fc.constantFrom(...alphabet),
            fc.boolean(),
          ),
          { maxLength: 12 },
        ),
        edits => {
          let text = multiStage;
          for (const [at, char, replace] of edits) {
            text =
              text.slice(0, at) + char + text.slice(at + (replace ? 1 : 0));
          }
          const facts = parseDockerfile('Dockerfile', text, true);
          for (const stage of facts.stages) {
            expect(typeof stage.from.resolved).toBe('string');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws while substituting arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), text => {
        expect(typeof substituteVariables(text, () => 'x').value).toBe(
          'string',
        );
      }),
      { numRuns: 500 },
    );
  });
});
