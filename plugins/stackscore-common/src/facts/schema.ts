import { z } from 'zod';

/*
 * Facts: what collectors found about one entity and its repository. Checks are pure functions of these.
 * Every path is relative to the repository root, with forward slashes. Every line number is 1-based.
 */

/**
 * Schema of a place in the repository.
 *
 * @public
 */
export const locationSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
});

/**
 * A place in the repository.
 *
 * @public
 */
export type Location = z.infer<typeof locationSchema>;

/**
 * Schema of an ecosystem id.
 *
 * @public
 */
export const ecosystemSchema = z.enum(['go', 'python', 'rust', 'java', 'node']);

/**
 * Schema of a file that could not be read or parsed; checks that need it answer `error`.
 *
 * @public
 */
export const factErrorSchema = z.object({
  collector: z.string(),
  file: z.string().optional(),
  message: z.string(),
});

/**
 * A file that could not be read or parsed.
 *
 * @public
 */
export type FactError = z.infer<typeof factErrorSchema>;

/**
 * Schema of catalog metadata of the entity.
 *
 * @public
 */
export const catalogFactsSchema = z.object({
  kind: z.string(),
  namespace: z.string(),
  name: z.string(),
  type: z.string().optional(),
  lifecycle: z.string().optional(),
  /** Full entity ref of `spec.owner`, e.g. `group:default/payments`. */
  owner: z.string().optional(),
  system: z.string().optional(),
  tags: z.array(z.string()),
  annotations: z.record(z.string(), z.string()),
  links: z.array(z.object({ url: z.string(), title: z.string().optional() })),
  providesApis: z.array(z.string()),
  dependsOn: z.array(z.string()),
});

/**
 * Catalog metadata of the entity.
 *
 * @public
 */
export type CatalogFacts = z.infer<typeof catalogFactsSchema>;

/**
 * Schema of a declared dependency of a module.
 *
 * @public
 */
export const dependencySchema = z.object({
  name: z.string(),
  /** The version or range exactly as declared, when there is one. */
  version: z.string().optional(),
  /** `runtime` for what ships; `dev` for test/build-only; `build` for plugins and build tools; `bom` for imported BOMs/platforms. */
  scope: z.enum(['runtime', 'dev', 'build', 'bom']),
  /** Go `// indirect` requirements and other transitive declarations. */
  indirect: z.boolean().optional(),
  /** Extras / features, e.g. `fastapi[standard]` → `['standard']`, Cargo `features`. */
  features: z.array(z.string()).optional(),
  file: z.string(),
  line: z.number().int().positive().optional(),
});

/**
 * A declared dependency.
 *
 * @public
 */
export type Dependency = z.infer<typeof dependencySchema>;

/**
 * Schema of one manifest location: a Go module, a package.json, a Python project, a crate, a Maven or
 * Gradle (sub)project.
 *
 * @public
 */
export const moduleFactsSchema = z.object({
  ecosystem: ecosystemSchema,
  /** Folder of the manifest, `''` for the repository root. */
  dir: z.string(),
  /** Manifest files of this module, e.g. `['pyproject.toml', 'requirements-dev.txt']`. */
  manifests: z.array(z.string()),
  /** Display name: module path, package name, project name, artifactId. */
  name: z.string().optional(),
  /** True when the module is a server per the catalogue's semantics (a server framework is declared). */
  isServer: z.boolean(),
  /** Server frameworks found among the declared dependencies. */
  serverFrameworks: z.array(z.string()),
  dependencies: z.array(dependencySchema),
  /** Toolchain pin as declared: `go 1.22`, `engines.node`, `requires-python`, `maven.compiler.release`, … */
  toolchain: z
    .object({
      value: z.string(),
      file: z.string(),
      line: z.number().optional(),
    })
    .optional(),
  /** Lockfiles that cover this module (in its folder or a parent folder). */
  lockfiles: z.array(z.string()),
  /** Ecosystem-specific settings read from the manifest that checks need. */
  settings: z.record(z.string(), z.unknown()),
  /** Set when a manifest could not be parsed: the module exists but cannot be judged. */
  error: z.string().optional(),
});

/**
 * One manifest location.
 *
 * @public
 */
export type ModuleFacts = z.infer<typeof moduleFactsSchema>;

/**
 * Schema of a parsed lockfile.
 *
 * @public
 */
export const lockfileFactsSchema = z.object({
  ecosystem: ecosystemSchema,
  file: z.string(),
  /** `package-lock`, `pnpm-lock`, `yarn-lock`, `bun-lock`, `go-sum`, `cargo-lock`, `uv-lock`, `poetry-lock`, `pip-requirements-lock`, `gradle-lockfile`, … */
  format: z.string(),
  packages: z.array(
    z.object({
      name: z.string(),
      version: z.string().optional(),
      hasInstallScript: z.boolean().optional(),
    }),
  ),
  /** Set when the lockfile could not be parsed. */
  error: z.string().optional(),
});

/**
 * A parsed lockfile.
 *
 * @public
 */
export type LockfileFacts = z.infer<typeof lockfileFactsSchema>;

/**
 * Schema of one instruction with its arguments and line.
 *
 * @public
 */
export const instructionSchema = z.object({
  value: z.string(),
  line: z.number().int().positive(),
});

/**
 * Schema of one build stage of a Dockerfile.
 *
 * @public
 */
export const dockerStageSchema = z.object({
  index: z.number().int().nonnegative(),
  alias: z.string().optional(),
  from: z.object({
    /** As written, e.g. `${BASE}:${TAG}`. */
    raw: z.string(),
    /** After `ARG` substitution, e.g. `golang:1.23-bookworm`. */
    resolved: z.string(),
    image: z.string(),
    tag: z.string().optional(),
    digest: z.string().optional(),
    /** The image is an earlier stage's alias. */
    isStage: z.boolean(),
    /** An `ARG` in the reference had no default. */
    unresolved: z.boolean(),
    line: z.number().int().positive(),
  }),
  /** The last `USER` of the stage. */
  user: instructionSchema.optional(),
  env: z.array(
    z.object({ key: z.string(), value: z.string(), line: z.number() }),
  ),
  run: z.array(instructionSchema),
  copyFrom: z.array(z.string()),
  healthcheck: instructionSchema.optional(),
  cmd: instructionSchema.extend({ execForm: z.boolean() }).optional(),
  entrypoint: instructionSchema.extend({ execForm: z.boolean() }).optional(),
});

/**
 * One build stage.
 *
 * @public
 */
export type DockerStage = z.infer<typeof dockerStageSchema>;

/**
 * Schema of a Dockerfile.
 *
 * @public
 */
export const dockerfileFactsSchema = z.object({
  file: z.string(),
  /** Runtime image checks look only at production images (no dev/local/test/e2e/ci token in the path). */
  production: z.boolean(),
  stages: z.array(dockerStageSchema),
  /** `ARG`s declared before the first `FROM`, with their defaults. */
  globalArgs: z.record(z.string(), z.string().optional()),
  /** Set when the Dockerfile could not be parsed. */
  error: z.string().optional(),
});

/**
 * A Dockerfile.
 *
 * @public
 */
export type DockerfileFacts = z.infer<typeof dockerfileFactsSchema>;

/**
 * Schema of one CI step (GitHub Actions step or a GitLab script line).
 *
 * @public
 */
export const ciStepSchema = z.object({
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.string()).optional(),
  continueOnError: z.boolean(),
  line: z.number().int().positive().optional(),
});

/**
 * One CI step.
 *
 * @public
 */
export type CiStep = z.infer<typeof ciStepSchema>;

/**
 * Schema of a CI pipeline definition.
 *
 * @public
 */
export const ciWorkflowSchema = z.object({
  provider: z.enum(['github', 'gitlab']),
  file: z.string(),
  name: z.string().optional(),
  /** Normalised triggers: `push`, `pull_request`, `pull_request_target`, `merge_request`, `schedule`, `workflow_dispatch`, `release`, `tag`, … */
  triggers: z.array(z.string()),
  /** GitLab `include:` templates and files, e.g. `Security/SAST.gitlab-ci.yml`. */
  includes: z.array(z.string()),
  env: z.record(z.string(), z.string()),
  jobs: z.array(
    z.object({
      id: z.string(),
      /** Job-level `if`/`rules` restricted to some triggers, when that can be read. */
      triggers: z.array(z.string()).optional(),
      continueOnError: z.boolean(),
      image: z.string().optional(),
      env: z.record(z.string(), z.string()),
      steps: z.array(ciStepSchema),
    }),
  ),
  /** Set when the pipeline file could not be parsed. */
  error: z.string().optional(),
});

/**
 * A CI pipeline definition.
 *
 * @public
 */
export type CiWorkflow = z.infer<typeof ciWorkflowSchema>;

/**
 * Schema of the dependency update bots configured.
 *
 * @public
 */
export const updateBotFactsSchema = z.object({
  dependabot: z
    .object({
      file: z.string(),
      updates: z.array(
        z.object({
          ecosystem: z.string(),
          directory: z.string().optional(),
          line: z.number().optional(),
        }),
      ),
      /** Why the file could not be used (not YAML, no `updates` list); `updates` is then empty. */
      error: z.string().optional(),
    })
    .optional(),
  renovate: z
    .object({
      file: z.string(),
      config: z.record(z.string(), z.unknown()),
      /** Why the file could not be used (not JSON5, not an object); `config` is then empty. */
      error: z.string().optional(),
    })
    .optional(),
});

/**
 * Dependency update bots.
 *
 * @public
 */
export type UpdateBotFacts = z.infer<typeof updateBotFactsSchema>;

/**
 * Schema of one service level objective, whatever format it came from.
 *
 * @public
 */
export const sloSchema = z.object({
  name: z.string(),
  journey: z.string().optional(),
  /** `availability`, `error-rate`, `latency`, `consumer-lag`, or `unknown`. */
  sliType: z.string(),
  objective: z.number().optional(),
  /** `30d`, `4w`, … */
  window: z.string().optional(),
  /** Latency threshold as written, e.g. `200ms`. */
  threshold: z.string().optional(),
  /** Query text for latency/error SLIs, to tell tail from average. */
  queries: z.array(z.string()),
  /** Paging explicitly disabled for this SLO. */
  pagingDisabled: z.boolean().optional(),
});

/**
 * One SLO.
 *
 * @public
 */
export type Slo = z.infer<typeof sloSchema>;

/**
 * Schema of an SLO source: a file of ours, a Sloth or Pyrra spec, or the annotations.
 *
 * @public
 */
export const sloSpecSchema = z.object({
  format: z.enum(['stackscore', 'sloth', 'pyrra', 'annotations']),
  file: z.string().optional(),
  service: z.string().optional(),
  owner: z.string().optional(),
  generator: z.string().optional(),
  window: z.string().optional(),
  errorBudgetPolicy: z.string().optional(),
  pageTo: z.string().optional(),
  slos: z.array(sloSchema),
  /** Validation problems that do not stop parsing (e.g. an objective outside 90–99.99). */
  warnings: z.array(z.string()),
});

/**
 * An SLO source.
 *
 * @public
 */
export type SloSpec = z.infer<typeof sloSpecSchema>;

/**
 * Schema of a source-code signal: a named heuristic that matched a line.
 *
 * @public
 */
export const signalMatchSchema = z.object({
  signal: z.string(),
  file: z.string(),
  line: z.number().int().positive(),
  /** The matched line, trimmed and capped. */
  text: z.string(),
});

/**
 * A source-code signal match.
 *
 * @public
 */
export type SignalMatch = z.infer<typeof signalMatchSchema>;

/**
 * Schema of an ADR file found in the repository: what a list of decisions shows, or why it could not be read.
 *
 * @public
 */
export const repositoryAdrFactSchema = z.object({
  file: z.string(),
  title: z.string().optional(),
  status: z.string().optional(),
  date: z.string().optional(),
  format: z.enum(['madr', 'nygard', 'unknown']),
  error: z.string().optional(),
});

/**
 * Schema of every fact about one entity.
 *
 * @public
 */
export const entityFactsSchema = z.object({
  catalog: catalogFactsSchema,
  /** Whether a source tree was available; without one, source-based checks are not applicable. */
  source: z.object({
    available: z.boolean(),
    reason: z.string().optional(),
    /** Resolved location (directory or URL). */
    location: z.string().optional(),
  }),
  /** In-scope files (outside the excluded folders), sorted. */
  files: z.array(z.string()),
  ecosystems: z.array(ecosystemSchema),
  modules: z.array(moduleFactsSchema),
  lockfiles: z.array(lockfileFactsSchema),
  dockerfiles: z.array(dockerfileFactsSchema),
  ci: z.array(ciWorkflowSchema),
  updateBots: updateBotFactsSchema,
  slo: z.array(sloSpecSchema),
  signals: z.array(signalMatchSchema),
  /** Contents of small configuration files checks inspect (`.npmrc`, `.nvmrc`, `deny.toml`, …), by path. */
  configFiles: z.record(z.string(), z.string()),
  errors: z.array(factErrorSchema),
  /** Facts added by extension collectors, by collector id. */
  extensions: z.record(z.string(), z.unknown()),
  /** Architecture decision records kept as files in the repository; absent when none were looked for. */
  adrs: z.array(repositoryAdrFactSchema).optional(),
});

/**
 * Every fact about one entity.
 *
 * @public
 */
export type EntityFacts = z.infer<typeof entityFactsSchema>;
