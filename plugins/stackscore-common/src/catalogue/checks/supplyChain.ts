import type { CheckDefinition } from '../types';
import { componentScope, esg, goEda, HAS_DOCKERFILE, snippet } from './shared';

/**
 * Checks of the `supply-chain` scorecard: locked and pinned dependencies,
 * frozen installs, blocking vulnerability scans, automated updates, SBOMs and
 * signed provenance.
 *
 * @public
 */
export const supplyChainChecks: readonly CheckDefinition[] = [
  {
    id: 'supply-chain.lockfile-committed',
    scorecard: 'supply-chain',
    title: 'Lockfiles are committed',
    description:
      'Each detected ecosystem must have its lockfile in the repository: `go.sum` (when go.mod requires anything), `package-lock.json`, `pnpm-lock.yaml`, `yarn.lock` or `bun.lock`, `uv.lock`, `poetry.lock`, `requirements.lock`, `pdm.lock`, `Pipfile.lock` or hash-pinned requirements, and `Cargo.lock`. Java is judged by `supply-chain.jvm-version-locking` instead. Without a lockfile, two builds of the same commit can resolve different versions, including a freshly compromised one.',
    level: 'bronze',
    severity: 'critical',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        "Generate the lockfile with the project's package manager, commit it, and remove it from `.gitignore` if it is listed there.",
      steps: [
        'Commit lockfiles for applications and services even where the ecosystem leaves it optional for libraries.',
        'Review lockfile diffs in pull requests like code: unexpected new packages are a warning sign.',
      ],
      example: snippet(
        'shell',
        `
        go mod tidy                       # writes go.sum
        npm install --package-lock-only   # writes package-lock.json
        uv lock                           # writes uv.lock
        cargo generate-lockfile           # writes Cargo.lock
        git add go.sum package-lock.json uv.lock Cargo.lock
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.no-floating-versions',
    scorecard: 'supply-chain',
    title: 'No floating versions',
    description:
      'Fails on versions that can change between builds: requirements lines without `==` and no lockfile; packages or tools installed in a Dockerfile or CI step without a version (`pip install x`, `npm install -g x`, `cargo install x`, `go install x@latest`, `curl … | sh`, `version: latest`); tool versions given as ranges or channels; Maven ranges, `LATEST` or `RELEASE`; Gradle `+` or `latest.release`; npm `"*"` or `"latest"`. OS packages from the base image and toolchain setup actions are not judged.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Give every dependency and every tool installed in CI or a Dockerfile an exact version, and let the update bot move it forward.',
      steps: [
        'CI: `go install golang.org/x/vuln/cmd/govulncheck@v1.1.4` instead of `@latest`.',
        'Maven: replace version ranges with exact versions and add the enforcer `banDynamicVersions` rule.',
        'Caret and tilde ranges in a manifest are fine as long as the lockfile is committed.',
      ],
      example: snippet(
        'dockerfile',
        `
        # Floating: RUN pip install uv
        RUN pip install --no-cache-dir uv==0.12.3

        # Or copy the binary from a pinned release image
        COPY --from=ghcr.io/astral-sh/uv:0.12.3 /uv /uvx /bin/
        `,
      ),
    },
    references: [esg.pythonPerformance, esg.supplyChain],
  },
  {
    id: 'supply-chain.toolchain-pinned',
    scorecard: 'supply-chain',
    title: 'The language toolchain is pinned',
    description:
      'Go: `go 1.N` with N ≥ 21 in go.mod (a `toolchain` line is optional). Rust: `rust-toolchain.toml`. Node: `engines.node`, `.nvmrc`, `.node-version`, `volta.node`, or `packageManager: bun@x` for bun. Python: `requires-python` or `.python-version`. Java: `maven.compiler.release`, `<java.version>` under the Spring Boot parent, or a Gradle toolchain. A pinned toolchain means laptops, CI and image builds compile with the same compiler and standard library.',
    level: 'bronze',
    severity: 'medium',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Declare the toolchain version in the file the ecosystem reads, and have CI setup steps read it from there rather than repeating it.',
      steps: [
        'Rust: add `rust-toolchain.toml` with `[toolchain] channel = "1.90.0"`.',
        'Node: add `.nvmrc` (e.g. `24.18.0`) and point `actions/setup-node` at it with `node-version-file`.',
        'Python: set `requires-python = ">=3.12,<3.13"` in `pyproject.toml` or add `.python-version`.',
        'Java: set `<maven.compiler.release>21</maven.compiler.release>` or a Gradle `java.toolchain.languageVersion`.',
      ],
      example: snippet(
        'text',
        `
        // go.mod
        module github.com/acme/checkout-api

        go 1.26.0

        toolchain go1.26.4
        `,
      ),
    },
    references: [esg.goChecklist, goEda.languageRuntime],
  },
  {
    id: 'supply-chain.dependency-vuln-scan',
    scorecard: 'supply-chain',
    title: 'Dependencies are scanned for vulnerabilities',
    description:
      'Every detected ecosystem must be scanned on pull requests: govulncheck, `cargo audit`, `npm audit` or `pnpm audit`, pip-audit, OWASP Dependency-Check (Maven or Gradle) or `snyk test`; `actions/dependency-review-action` with `fail-on-severity` covers the ecosystems it reads. Known-vulnerable versions, transitive ones included, are cheapest to stop before they merge.',
    level: 'bronze',
    severity: 'critical',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Add a dependency scan for each ecosystem to the pull-request workflow.',
      steps: [
        'Rust: `rustsec/audit-check` or `cargo audit`.',
        'Python: `pypa/gh-action-pip-audit` or `pip-audit` against the lockfile.',
        'Java: `mvn org.owasp:dependency-check-maven:check` or the Gradle `org.owasp.dependencycheck` plugin.',
      ],
      example: snippet(
        'yaml',
        `
        name: dependency-scan
        on: pull_request
        jobs:
          scan:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v7.0.1
              - uses: golang/govulncheck-action@v1.0.4
                with:
                  go-version-file: go.mod
              - run: npm audit --audit-level=high
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.vuln-scan-blocking',
    scorecard: 'supply-chain',
    title: 'Vulnerability findings fail the build',
    description:
      'The dependency scan must be able to fail the pipeline: no `continue-on-error: true`, no `|| true`, no GitLab `allow_failure: true`; `npm audit` needs `--audit-level=high` or `critical`, Dependency-Check needs `failBuildOnCVSS`. A repository with no scanner fails too. Findings that never block anything tend to go unread.',
    level: 'silver',
    severity: 'high',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Let the scan step fail the job on high and critical findings, and handle accepted risks with explicit, dated ignore entries instead of muting the step.',
      steps: [
        'Dependency-Check: set `<failBuildOnCVSS>7</failBuildOnCVSS>` in the plugin configuration.',
        "Record accepted findings in the tool's ignore file with a reason and an expiry date.",
      ],
      example: snippet(
        'yaml',
        `
        # Before: findings are reported, nothing fails
        #   - run: npm audit || true
        #     continue-on-error: true

        # After: high and critical findings fail the pull request
        - run: npm audit --audit-level=high
        `,
      ),
    },
    references: [esg.dependencySecurity],
  },
  {
    id: 'supply-chain.automated-updates',
    scorecard: 'supply-chain',
    title: 'Dependency updates are automated',
    description:
      'Needs Dependabot with a `package-ecosystem` entry for every detected ecosystem (`gomod`, `npm`, `pip` or `uv`, `cargo`, `maven`, `gradle`) or a Renovate config (`renovate.json`, `.github/renovate.json5`, `.renovaterc`, `package.json#renovate`). Patches only protect a service once they are merged, and update bots make that a routine pull request.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Enable Dependabot or Renovate for every ecosystem in the repository, plus Docker and GitHub Actions where they are used.',
      steps: [
        'Group minor and patch updates to keep the pull-request volume manageable.',
        'Renovate covers Dockerfiles and GitHub Actions by default; Dependabot needs `docker` and `github-actions` entries.',
      ],
      example: snippet(
        'yaml',
        `
        # .github/dependabot.yml
        version: 2
        updates:
          - package-ecosystem: gomod
            directory: /
            schedule:
              interval: weekly
          - package-ecosystem: npm
            directory: /web
            schedule:
              interval: weekly
          - package-ecosystem: github-actions
            directory: /
            schedule:
              interval: weekly
        `,
      ),
    },
    references: [esg.dependencySecurity, esg.javaSecurity],
  },
  {
    id: 'supply-chain.patch-automerge',
    scorecard: 'supply-chain',
    title: 'Patch updates merge automatically',
    description:
      'Looks for auto-merge of patch updates: a Renovate `packageRules` entry with `matchUpdateTypes` including `patch` and `automerge: true`, or a Dependabot workflow using `dependabot/fetch-metadata` and `gh pr merge --auto` for patch bumps. Patch updates that wait for a human pile up; merging them once CI passes keeps the backlog empty.',
    level: 'gold',
    severity: 'low',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Auto-merge patch updates that pass CI, and keep minor and major updates for review.',
      steps: [
        'Require the test and scan checks in branch protection so auto-merge waits for them.',
        'With Dependabot, run `dependabot/fetch-metadata` and call `gh pr merge --auto --squash` when `update-type` is `version-update:semver-patch`.',
      ],
      example: snippet(
        'json',
        `
        {
          "$schema": "https://docs.renovatebot.com/renovate-schema.json",
          "extends": ["config:recommended"],
          "packageRules": [
            {
              "matchUpdateTypes": ["patch"],
              "automerge": true
            }
          ]
        }
        `,
      ),
    },
    references: [esg.dependencySecurity],
  },
  {
    id: 'supply-chain.base-image-pinned',
    scorecard: 'supply-chain',
    title: 'Base images are pinned',
    description:
      'Every `FROM` (after resolving `ARG`s; stage aliases, `scratch` and images built by the same repository are skipped) needs an explicit version: a tag with a version number or distribution codename (`bookworm`, `noble`), an image name that carries one (`static-debian12`), or a digest. Untagged, `latest`, `lts-*`, `stable`, `current` and a bare `alpine` fail. A floating tag changes the image under an unchanged Dockerfile; a digest (`@sha256:`) is the strongest pin.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope({ precondition: HAS_DOCKERFILE }),
    runtime: false,
    remediation: {
      summary:
        'Pin each base image to a version tag, or better a digest, and let Dependabot or Renovate propose updates.',
      steps: [
        'Look up the digest of a tag with `docker buildx imagetools inspect <image>:<tag>` and append `@sha256:<digest>` to the tag.',
        'Pin `ARG` defaults used in `FROM` lines too.',
      ],
      example: snippet(
        'dockerfile',
        `
        # Floating: FROM node:latest, FROM node:lts-alpine, FROM python
        FROM node:24.18.0-bookworm-slim AS build
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci --ignore-scripts
        COPY . .
        RUN npm run build   # bundles the server and its dependencies into dist/

        FROM gcr.io/distroless/nodejs24-debian12:nonroot
        COPY --from=build /app/dist /app
        CMD ["/app/server.js"]
        `,
      ),
    },
    references: [esg.javaSecurity],
  },
  {
    id: 'supply-chain.base-image-refresh',
    scorecard: 'supply-chain',
    title: 'Base images are refreshed',
    description:
      'Looks for something that moves pinned base images forward: a Dependabot `docker` entry, Renovate (which manages Dockerfiles unless disabled), or a scheduled rebuild workflow. Pinning without refreshing freezes the OS packages and their CVEs in place.',
    level: 'silver',
    severity: 'medium',
    applicability: componentScope({ precondition: HAS_DOCKERFILE }),
    runtime: false,
    remediation: {
      summary:
        'Let the update bot raise pull requests for base image tags and digests, or rebuild and redeploy images on a schedule.',
      example: snippet(
        'yaml',
        `
        # .github/dependabot.yml (excerpt)
        updates:
          - package-ecosystem: docker
            directory: /
            schedule:
              interval: weekly
        `,
      ),
    },
    references: [esg.javaSecurity],
  },
  {
    id: 'supply-chain.frozen-install',
    scorecard: 'supply-chain',
    title: 'Installs are frozen to the lockfile',
    description:
      'Every project dependency restore in CI and Dockerfiles must install exactly what the lockfile says: `npm ci`, `pnpm install --frozen-lockfile`, `yarn install --immutable`, `bun install --frozen-lockfile`, `uv sync --frozen` or `--locked`, `poetry install` with a lock, `pip install --require-hashes` or from a lock, `cargo build --locked`, or `go mod download`. `npm install`, `yarn add` and unpinned `pip install` fail; a plain `pnpm install` passes in CI but not in a Dockerfile. A frozen install fails loudly when the manifest and lockfile disagree instead of quietly resolving new versions.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope({
      precondition:
        'dependencies are restored by something other than a Maven or Gradle build',
    }),
    runtime: false,
    remediation: {
      summary:
        'Switch every dependency restore in CI and Dockerfiles to the frozen or locked mode of the package manager, and build the deployable artefact once in CI.',
      example: snippet(
        'dockerfile',
        `
        COPY package.json package-lock.json ./
        RUN npm ci --omit=dev --ignore-scripts      # not: npm install

        COPY pyproject.toml uv.lock ./
        RUN uv sync --frozen --no-dev               # not: pip install -r requirements.txt
        `,
      ),
    },
    references: [esg.jsVulnerabilities, esg.minimalImages],
  },
  {
    id: 'supply-chain.npm-ignore-scripts',
    scorecard: 'supply-chain',
    title: 'npm install scripts are disabled',
    description:
      "Production Dockerfile and CI installs must not run dependency lifecycle scripts: `npm ci --ignore-scripts`, `ignore-scripts=true` in `.npmrc`, or pnpm `onlyBuiltDependencies` (pnpm 10+ and bun skip them by default). Install scripts run arbitrary code with the build's credentials, the route taken by several npm compromises.",
    level: 'silver',
    severity: 'high',
    applicability: componentScope({ ecosystems: ['node'] }),
    runtime: false,
    remediation: {
      summary:
        'Turn off dependency install scripts and explicitly rebuild the few packages that need a native build step.',
      steps: [
        'Run `npm rebuild <package>` for packages that need their build step, such as native modules.',
        'With pnpm, list those packages in `onlyBuiltDependencies` instead.',
      ],
      example: snippet(
        'ini',
        `
        # .npmrc
        ignore-scripts=true
        `,
      ),
    },
    references: [esg.jsVulnerabilities],
  },
  {
    id: 'supply-chain.install-scripts-reviewed',
    scorecard: 'supply-chain',
    title: 'Packages with install scripts are allowlisted',
    description:
      'Every lockfile entry with `hasInstallScript: true` must be on an allowlist: pnpm `onlyBuiltDependencies`/`allowBuilds`, bun `trustedDependencies`, or an organisation allowlist in the Stackscore config. A package that gains an install script is a change worth a human look before it runs in CI.',
    level: 'gold',
    severity: 'medium',
    applicability: componentScope({ ecosystems: ['node'] }),
    runtime: false,
    remediation: {
      summary:
        'Review each dependency that ships an install script and allowlist only those that need it.',
      steps: [
        "List them from the npm lockfile: `jq -r '.packages | to_entries[] | select(.value.hasInstallScript) | .key' package-lock.json`.",
        'Prefer alternatives without install scripts where one exists.',
      ],
      example: snippet(
        'json',
        `
        {
          "pnpm": {
            "onlyBuiltDependencies": ["esbuild", "sharp"]
          }
        }
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.private-scope-registry',
    scorecard: 'supply-chain',
    title: 'Internal packages resolve from the private registry',
    description:
      "Internal dependencies must use the organisation's npm scope (`@<org>/…`, taken from the plugin config), and `.npmrc` must map that scope to the private registry. Unscoped internal names can be claimed on the public registry, where npm may pick up the attacker's package instead (dependency confusion).",
    level: 'silver',
    severity: 'high',
    applicability: componentScope({
      ecosystems: ['node'],
      precondition:
        'an internal npm scope is configured and the package depends on internal packages',
    }),
    runtime: false,
    remediation: {
      summary:
        "Publish internal packages under the organisation scope and map the scope to the private registry in the repository's `.npmrc`.",
      steps: [
        'Rename unscoped internal packages to `@<org>/<name>` and update their consumers.',
        'Reserve the scope on the public registry so nobody else can publish under it.',
      ],
      example: snippet(
        'ini',
        `
        # .npmrc
        @acme:registry=https://npm.pkg.github.com
        //npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}
        `,
      ),
    },
    references: [esg.jsVulnerabilities],
  },
  {
    id: 'supply-chain.jvm-version-locking',
    scorecard: 'supply-chain',
    title: 'JVM dependency versions are locked',
    description:
      "Java builds must fix transitive versions: Gradle `dependencyLocking` with a committed `gradle.lockfile`, BOM imports (`<scope>import</scope>`, Gradle `platform(`, or the Spring Boot parent), or `maven-enforcer-plugin` with `banDynamicVersions` or `requireUpperBoundDeps`. Most of a JVM service's code arrives transitively, as Log4Shell showed, and unlocked graphs shift when any library releases.",
    level: 'silver',
    severity: 'high',
    applicability: componentScope({ ecosystems: ['java'] }),
    runtime: false,
    remediation: {
      summary:
        'Lock the resolved dependency graph (Gradle) or manage versions through a BOM and the enforcer rules (Maven).',
      steps: [
        'Gradle: enable locking, run `./gradlew dependencies --write-locks` and commit the generated `gradle.lockfile`.',
        'Maven: import a BOM in `<dependencyManagement>` and add the enforcer `banDynamicVersions` rule.',
      ],
      example: snippet(
        'kotlin',
        `
        // build.gradle.kts
        dependencies {
            implementation(platform("org.springframework.boot:spring-boot-dependencies:3.4.1"))
        }

        dependencyLocking {
            lockAllConfigurations()
        }
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.jvm-integrity-verification',
    scorecard: 'supply-chain',
    title: 'JVM artefacts are checksum-verified',
    description:
      'Looks for Gradle dependency verification (`gradle/verification-metadata.xml`) or Maven strict checksums (`--strict-checksums` or `-C` in `.mvn/maven.config`). Verification makes the build fail if a downloaded artefact does not match the expected hash, catching tampered mirrors and caches.',
    level: 'gold',
    severity: 'medium',
    applicability: componentScope({ ecosystems: ['java'] }),
    runtime: false,
    remediation: {
      summary:
        'Generate and commit Gradle verification metadata, or make Maven fail on checksum mismatches.',
      steps: [
        'Gradle: `./gradlew --write-verification-metadata sha256 help`, then review and commit `gradle/verification-metadata.xml`.',
        'Maven: put `--strict-checksums` on its own line in `.mvn/maven.config` (the example is the whole file: `maven.config` takes arguments only, no comments).',
      ],
      example: snippet(
        'text',
        `
        --strict-checksums
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.cargo-deny-policy',
    scorecard: 'supply-chain',
    title: 'cargo-deny enforces a dependency policy',
    description:
      'Needs a `deny.toml` and a CI step running `cargo deny check` (or `EmbarkStudios/cargo-deny-action`). One policy file then covers advisories, licences, banned crates and allowed registries for every build.',
    level: 'silver',
    severity: 'medium',
    applicability: componentScope({ ecosystems: ['rust'] }),
    runtime: false,
    remediation: {
      summary:
        'Add a `deny.toml` with the advisory, licence, ban and source policies, and run cargo-deny on every pull request.',
      steps: [
        'Run it in CI with `EmbarkStudios/cargo-deny-action@v2`, or `cargo install cargo-deny --locked --version <x.y.z>` then `cargo deny check`.',
      ],
      example: snippet(
        'toml',
        `
        # deny.toml
        [advisories]
        version = 2
        yanked = "deny"

        [licenses]
        version = 2
        allow = ["MIT", "Apache-2.0", "BSD-3-Clause"]

        [bans]
        multiple-versions = "warn"

        [sources]
        unknown-registry = "deny"
        unknown-git = "deny"
        `,
      ),
    },
    references: [esg.rustOnboarding],
  },
  {
    id: 'supply-chain.sbom',
    scorecard: 'supply-chain',
    title: 'An SBOM is generated',
    description:
      'Looks for SBOM generation in the build: syft or `anchore/sbom-action`, Trivy with a CycloneDX or SPDX format, the CycloneDX plugins for Maven, Gradle, npm, Python, Cargo or Go, or `sbom: true` on docker build-push. An SBOM answers "are we affected?" in minutes when the next critical CVE lands. Silver by default; components tagged `pci`, `hipaa`, `soc2`, `gdpr` or `fedramp` need it at bronze.',
    level: 'silver',
    severity: 'medium',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Generate a CycloneDX or SPDX SBOM for each released artefact in CI and store it with the release or in the registry.',
      steps: [
        'Maven: `org.cyclonedx:cyclonedx-maven-plugin`; Gradle: the `org.cyclonedx.bom` plugin.',
        'Images built with `docker/build-push-action` can attach one with `sbom: true`.',
      ],
      example: snippet(
        'yaml',
        `
        - name: Generate SBOM
          uses: anchore/sbom-action@v0.24.0
          with:
            image: ghcr.io/acme/checkout-api:\${{ github.sha }}
            format: cyclonedx-json
            output-file: sbom.cdx.json
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.signed-provenance',
    scorecard: 'supply-chain',
    title: 'Artefacts are signed with provenance',
    description:
      "Looks for signed artefacts or build provenance: cosign signing (`sigstore/cosign-installer` and `cosign sign`), `actions/attest-build-provenance`, the SLSA GitHub generator, or `provenance: mode=max` on docker build-push. Signatures and provenance let a deployment verify that an image came from this repository's pipeline and was not swapped on the way.",
    level: 'gold',
    severity: 'medium',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Attest or sign each published image in the workflow that builds it, and verify the attestation before deploying.',
      steps: [
        'Verify at deploy time, for example with `gh attestation verify` or a cosign admission policy.',
      ],
      example: snippet(
        'yaml',
        `
        permissions:
          contents: read
          packages: write
          id-token: write
          attestations: write
        steps:
          - uses: docker/build-push-action@v7.3.0
            id: push
            with:
              push: true
              tags: ghcr.io/acme/checkout-api:\${{ github.sha }}
          - uses: actions/attest-build-provenance@v4.1.0
            with:
              subject-name: ghcr.io/acme/checkout-api
              subject-digest: \${{ steps.push.outputs.digest }}
              push-to-registry: true
        `,
      ),
    },
    references: [esg.supplyChain],
  },
  {
    id: 'supply-chain.hold-list-dependencies',
    scorecard: 'supply-chain',
    title: 'No dependencies on the hold list',
    description:
      'The lockfile must not resolve packages that the radar puts on hold. The built-in list holds known-compromised npm releases (event-stream with flatmap-stream, ua-parser-js, node-ipc and colors at their malicious versions) and `log4j-core` below 2.17.1; `moment` only warns. Radar holds for other ecosystems apply the same way.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope({
      precondition:
        "the hold list covers one of the repository's ecosystems (the built-in list covers node and java)",
    }),
    runtime: false,
    remediation: {
      summary:
        'Upgrade or replace the held package, including where it arrives transitively, and regenerate the lockfile.',
      steps: [
        'Find who pulls it in with `npm explain <package>` or `mvn dependency:tree -Dincludes=<groupId>:<artifactId>`.',
        'Force a safe transitive version with npm `overrides` or a Maven/Gradle managed version until the parent library updates.',
        'Replace `moment` with a maintained library such as `dayjs` or `date-fns`.',
      ],
      example: snippet(
        'xml',
        `
        <!-- pom.xml with the Spring Boot parent: raise the managed Log4j version -->
        <properties>
          <log4j2.version>2.24.3</log4j2.version>
        </properties>
        `,
      ),
    },
    references: [
      esg.dependencySecurity,
      esg.javaSupplyChain,
      esg.jsVulnerabilities,
    ],
  },
  {
    id: 'supply-chain.new-dependency-review',
    scorecard: 'supply-chain',
    title: 'New dependencies are reviewed',
    description:
      'Looks for a review gate on dependencies added in pull requests: Socket.dev (`socket.yml`), a Snyk pull-request check, or `actions/dependency-review-action`. Every new package, and the transitive tree it brings, is a security decision and deserves the same scrutiny as new code.',
    level: 'gold',
    severity: 'medium',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Run a dependency review on every pull request that changes a manifest or lockfile, and fail on vulnerable or disallowed additions.',
      steps: [
        'Optionally restrict licences with `allow-licenses` or `deny-licenses`.',
      ],
      example: snippet(
        'yaml',
        `
        name: dependency-review
        on: pull_request
        permissions:
          contents: read
          pull-requests: write
        jobs:
          review:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v7.0.1
              - uses: actions/dependency-review-action@v4.9.0
                with:
                  fail-on-severity: high
                  comment-summary-in-pr: on-failure
        `,
      ),
    },
    references: [esg.dependencySecurity],
  },
];
