import type { CheckDefinition } from '../types';
import {
  componentScope,
  esg,
  goEda,
  HAS_PRODUCTION_DOCKERFILE,
  snippet,
} from './shared';

/**
 * Checks of the `security` scorecard: analysis and scanning in CI, hardened
 * containers, and safe handling of input, SQL, HTML, credentials and tokens.
 *
 * @public
 */
export const securityChecks: readonly CheckDefinition[] = [
  {
    id: 'security.sast-in-ci',
    scorecard: 'security',
    title: 'Static analysis runs on pull requests',
    description:
      'Looks for a SAST tool that runs on pull requests: CodeQL, Semgrep (`semgrep ci` or its image), the GitLab SAST template, gosec for Go, or SpotBugs with FindSecBugs for Java. A scan that only runs on a schedule reports injection and path-traversal bugs after they have merged, so it does not count.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Add a SAST job triggered by `pull_request` and treat its findings as review comments that must be resolved before merge.',
      steps: [
        'Go: run `gosec ./...` (or enable `gosec` in golangci-lint) alongside or instead of CodeQL.',
        'Java: add `spotbugs-maven-plugin` with the `findsecbugs-plugin` and fail the build on findings.',
      ],
      example: snippet(
        'yaml',
        `
        name: codeql
        on:
          pull_request:
          push:
            branches: [main]
        jobs:
          analyze:
            runs-on: ubuntu-24.04
            permissions:
              contents: read
              security-events: write
            steps:
              - uses: actions/checkout@v7.0.1
              - uses: github/codeql-action/init@v4.36.2
                with:
                  languages: javascript-typescript
                  build-mode: none
              - uses: github/codeql-action/analyze@v4.36.2
        `,
      ),
    },
    references: [esg.ciSecurity, esg.javaSecurity],
  },
  {
    id: 'security.secret-scanning',
    scorecard: 'security',
    title: 'Secrets are scanned for',
    description:
      'Needs a secret scanner in CI (the gitleaks action or CLI, a `.gitleaks.toml`, or TruffleHog) and a repository that does not already contain an AWS access key id or a PEM private key. A pushed credential is usable by anyone who can read the repository, so detection has to happen before merge.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Run gitleaks or TruffleHog on every pull request, and rotate and remove any credential already committed.',
      steps: [
        'Scan the full history once (`gitleaks git` or `gitleaks detect` on a full clone) and rotate everything it finds; deleting the file does not revoke the key.',
        'Add a pre-commit hook with the same tool so most leaks never leave the laptop.',
        'The gitleaks action needs a `GITLEAKS_LICENSE` secret (key from gitleaks.io) in organisation-owned repositories; personal repositories do not.',
      ],
      example: snippet(
        'yaml',
        `
        name: secret-scan
        on: [pull_request, push]
        jobs:
          gitleaks:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v7.0.1
                with:
                  fetch-depth: 0
              - uses: gitleaks/gitleaks-action@v3.0.0
                env:
                  GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        `,
      ),
    },
    references: [esg.ciSecurity],
  },
  {
    id: 'security.lint-and-typecheck',
    scorecard: 'security',
    title: 'Lint and type checks run in CI',
    description:
      'Judged per ecosystem in CI: golangci-lint, staticcheck or `go vet` for Go; `cargo clippy` with warnings denied for Rust; `ruff check` and `mypy` for Python; ESLint or Biome with a type check (`tsc --noEmit` or an equivalent build) and `strict: true` for TypeScript; SpotBugs for Java. Applies to every package, not only servers. Linters and type checkers remove whole classes of defects at the cheapest point in the pipeline.',
    level: 'bronze',
    severity: 'medium',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Run the linter and type checker of each ecosystem as a blocking CI step, with warnings treated as errors.',
      steps: [
        'Go: `golangci-lint run` (staticcheck and govet are enabled by default).',
        'Rust: `cargo clippy --all-targets -- -D warnings`.',
        'Python: `ruff check .` and `mypy .`.',
        'TypeScript: set `"strict": true` in `tsconfig.json`.',
      ],
      example: snippet(
        'yaml',
        `
        # .github/workflows/ci.yml (excerpt)
        steps:
          - uses: actions/checkout@v7.0.1
          - uses: actions/setup-node@v7.0.0
            with:
              node-version-file: .nvmrc
          - run: npm ci
          - run: npx eslint . --max-warnings=0
          - run: npx tsc --noEmit
        `,
      ),
    },
    references: [esg.ciFastFeedback, esg.rustOnboarding, goEda.security],
  },
  {
    id: 'security.container-non-root',
    scorecard: 'security',
    title: 'Containers run as non-root',
    description:
      'The final stage of every production Dockerfile must switch to a non-root user (`USER 65534`, `USER 1001`, `USER nonroot`) or use a distroless `:nonroot` base. `USER root`, `USER 0`, a `USER` set only in a build stage, or privileges dropped later by an entrypoint (gosu, su-exec) fail. Code execution in a root container starts with the most privileged user available, one step closer to the host.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope({ precondition: HAS_PRODUCTION_DOCKERFILE }),
    runtime: false,
    remediation: {
      summary:
        'Add a numeric `USER` to the final stage (or use a `:nonroot` distroless base) and make sure the files the app writes are owned by that user.',
      steps: [
        'Use a numeric UID so Kubernetes `runAsNonRoot` can verify it.',
        'Bind to a port above 1024; non-root processes cannot open lower ports without extra capabilities.',
      ],
      example: snippet(
        'dockerfile',
        `
        FROM golang:1.26.4-bookworm AS build
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN CGO_ENABLED=0 go build -trimpath -o /out/server ./cmd/server

        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /out/server /server
        USER 65532:65532
        ENTRYPOINT ["/server"]
        `,
      ),
    },
    references: [esg.minimalImages],
  },
  {
    id: 'security.minimal-runtime-image',
    scorecard: 'security',
    title: 'Runtime images are minimal',
    description:
      'The final stage of every production image must be `scratch`, distroless, busybox, or a slim, alpine, jre or minimal variant; a multi-stage build that copies artefacts out of a build image is the usual route. A build or SDK image (`golang`, `maven`, `gradle`, `rust`, full `node` or `python`) in the final stage fails. Compilers, shells and package managers the service never uses are attack surface and scanner noise.',
    level: 'silver',
    severity: 'medium',
    applicability: componentScope({ precondition: HAS_PRODUCTION_DOCKERFILE }),
    runtime: false,
    remediation: {
      summary:
        'Build in one stage and copy only the artefact into a distroless, scratch or slim runtime stage.',
      steps: [
        'Go and Rust static binaries: `scratch` or `gcr.io/distroless/static-debian12`.',
        'Java: an `eclipse-temurin:<version>-jre` or distroless Java base; Node and Python: the `-slim` variants.',
      ],
      example: snippet(
        'dockerfile',
        `
        FROM maven:3.9.9-eclipse-temurin-21 AS build
        WORKDIR /src
        COPY pom.xml .
        RUN mvn -B dependency:go-offline
        COPY src ./src
        RUN mvn -B package -DskipTests

        FROM eclipse-temurin:21.0.5_11-jre
        COPY --from=build /src/target/*.jar /app/app.jar
        USER 10001
        ENTRYPOINT ["java", "-jar", "/app/app.jar"]
        `,
      ),
    },
    references: [esg.goChecklist],
  },
  {
    id: 'security.container-image-scan',
    scorecard: 'security',
    title: 'Container images are scanned',
    description:
      'Looks for an image vulnerability scan: Trivy (the action or `trivy image`), `snyk container test`, or ECR `scan_on_push = true`. Base images carry their own OS packages and CVEs, which scanning the application manifests never sees.',
    level: 'silver',
    severity: 'high',
    applicability: componentScope({ precondition: HAS_PRODUCTION_DOCKERFILE }),
    runtime: false,
    remediation: {
      summary:
        'Scan each built image before it is pushed or promoted, and fail on fixable high and critical findings.',
      steps: [
        'On ECR, also set `image_scanning_configuration { scan_on_push = true }` on the repository.',
        'Consider pinning the scanner action to a full commit SHA (with the version in a comment): release tags can be moved, as happened to trivy-action in March 2026.',
      ],
      example: snippet(
        'yaml',
        `
        - name: Scan image
          uses: aquasecurity/trivy-action@v0.36.0
          with:
            image-ref: ghcr.io/acme/checkout-api:\${{ github.sha }}
            severity: CRITICAL,HIGH
            ignore-unfixed: true
            exit-code: '1'
        `,
      ),
    },
    references: [esg.ciIntegration, goEda.security],
  },
  {
    id: 'security.input-validation',
    scorecard: 'security',
    title: 'Request input is validated against a schema',
    description:
      'Checks for schema validation on the request path: pydantic, zod (or Fastify route schemas), serde with typed extractors, go-playground/validator or the Echo validator, `spring-boot-starter-validation` with `@Valid`. Rejecting malformed input at the boundary keeps it out of queries, templates and business logic.',
    level: 'silver',
    severity: 'high',
    applicability: componentScope({
      precondition: 'the component serves requests',
    }),
    runtime: false,
    remediation: {
      summary:
        'Parse every request body, query and path parameter through a schema before it reaches business logic, and answer 400 when it does not match.',
      steps: [
        'Python: declare request models as pydantic classes (FastAPI does this for typed parameters).',
        'Go: add `validate:"..."` struct tags and call `validator.New().Struct(req)`.',
        'Java: add `spring-boot-starter-validation` and annotate request bodies with `@Valid`.',
      ],
      example: snippet(
        'typescript',
        `
        import { z } from 'zod';

        const CreateOrder = z.object({
          sku: z.string().min(1).max(64),
          quantity: z.number().int().positive().max(100),
        });

        app.post('/v1/orders', (req, res) => {
          const parsed = CreateOrder.safeParse(req.body);
          if (!parsed.success) {
            return res.status(400).json({ errors: parsed.error.issues });
          }
          return createOrder(parsed.data).then(order => res.status(201).json(order));
        });
        `,
      ),
    },
    references: [esg.apiSecurity],
  },
  {
    id: 'security.http-security-headers',
    scorecard: 'security',
    title: 'Security headers are set',
    description:
      'Checks that `Strict-Transport-Security`, `X-Content-Type-Options`, `X-Frame-Options` and `Content-Security-Policy` are set, in code or through Spring `.headers(`, helmet/`@fastify/helmet` or Next.js `headers()`. A CSP whose `script-src` allows no `\'unsafe-inline\'` counts towards gold. Services whose headers are added at the edge can set `stackscore.io/edge-security-headers: "true"`.',
    level: 'silver',
    severity: 'medium',
    applicability: componentScope({
      precondition: 'the service serves HTTP',
    }),
    runtime: false,
    remediation: {
      summary:
        'Set the four headers on every response from one middleware, with a CSP that allows scripts only from your own origin or by nonce.',
      steps: [
        'Spring Security: configure `http.headers(...)`; HSTS, nosniff and frame options are on by default, the CSP needs `contentSecurityPolicy(...)`.',
        'Next.js: return the headers from `headers()` in `next.config.js`.',
        'If a CDN or gateway sets the headers, add the edge annotation and verify the headers on the public URL instead.',
      ],
      example: snippet(
        'typescript',
        `
        import helmet from 'helmet';

        // Defaults: HSTS, X-Content-Type-Options: nosniff, X-Frame-Options: SAMEORIGIN
        // and a CSP with script-src 'self'.
        app.use(
          helmet({
            strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true },
            xFrameOptions: { action: 'deny' },
          }),
        );
        `,
      ),
    },
    references: [esg.apiSecurity],
  },
  {
    id: 'security.cors-allowlist',
    scorecard: 'security',
    title: 'CORS uses an allowlist',
    description:
      'Fails on a wildcard or allow-all CORS setup outside tests: `Access-Control-Allow-Origin: *`, `AllowedOrigins: []string{"*"}` or `AllowAllOrigins: true`, `allow_origins=["*"]`, `cors()` with no options or with `origin: \'*\'` or `origin: true`, `CorsLayer::permissive()` or `allow_origin(Any)`, `allowedOrigins("*")` or a bare `@CrossOrigin`. Allowing every origin lets any website call the API from a visitor\'s browser.',
    level: 'bronze',
    severity: 'high',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'List the exact origins allowed to call the API, per environment, and load the list from configuration.',
      steps: [
        'Python (FastAPI): `CORSMiddleware(allow_origins=settings.allowed_origins)`.',
        'Go (rs/cors or go-chi/cors): set `AllowedOrigins` to explicit URLs.',
        'Spring: `registry.addMapping("/api/**").allowedOrigins("https://app.example.com")`.',
      ],
      example: snippet(
        'typescript',
        `
        import cors from 'cors';

        const allowedOrigins = (process.env.CORS_ALLOWED_ORIGINS ?? '')
          .split(',')
          .filter(Boolean); // e.g. https://app.example.com,https://admin.example.com

        app.use(cors({ origin: allowedOrigins, credentials: true }));
        `,
      ),
    },
    references: [esg.apiSecurity],
  },
  {
    id: 'security.rate-limiting',
    scorecard: 'security',
    title: 'Public endpoints are rate limited',
    description:
      'For services exposed outside the organisation, looks for rate limiting in code or at the gateway: Resilience4j RateLimiter or Spring Cloud Gateway `RequestRateLimiter`, API Gateway throttling or usage plans, `golang.org/x/time/rate` or `go-chi/httprate`, `express-rate-limit` or `@fastify/rate-limit`, slowapi, `tower_governor`. Limits per client keep one caller, buggy or hostile, from exhausting capacity for everyone else.',
    level: 'silver',
    severity: 'medium',
    applicability: componentScope({
      precondition:
        'the service is tagged public or external or exposes an external API',
    }),
    runtime: false,
    remediation: {
      summary:
        'Limit requests per client (IP, API key or user) on public routes, and answer 429 with `Retry-After` when the limit is hit.',
      steps: [
        'Prefer limits at the gateway when there is one; add limits in code for expensive routes such as login and search.',
        'With several replicas, keep counters in a shared store (Redis) or at the gateway so the limit holds across instances.',
      ],
      example: snippet(
        'go',
        `
        import "github.com/go-chi/httprate"

        r := chi.NewRouter()
        // 100 requests per minute per client IP; excess requests get 429.
        r.Use(httprate.LimitByIP(100, time.Minute))
        `,
      ),
    },
    references: [esg.apiSecurity],
  },
  {
    id: 'security.parameterized-sql',
    scorecard: 'security',
    title: 'SQL is parameterized',
    description:
      'Fails when SQL text is built from variables: `fmt.Sprintf("SELECT …")` passed to Query or Exec, f-strings, `%` or `.format` inside `execute(`, template literals with `${` inside `query(`, `"SELECT …" + variable`, or `format!("SELECT …")` passed to `sqlx::query(`. Bound parameters keep data out of the statement text, which is what stops SQL injection.',
    level: 'bronze',
    severity: 'critical',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        "Pass values as bind parameters (or use the ORM's query builder) and never splice them into the SQL string.",
      steps: [
        'Python: `cursor.execute("SELECT ... WHERE id = %s", (user_id,))`.',
        "Node: `pool.query('SELECT ... WHERE id = $1', [userId])`.",
        'Rust: `sqlx::query("SELECT ... WHERE id = $1").bind(user_id)`.',
        'Identifiers such as column names cannot be bound: pick them from a fixed allowlist.',
      ],
      example: snippet(
        'go',
        `
        // Before: user input becomes part of the statement.
        //   q := fmt.Sprintf("SELECT id, email FROM users WHERE id = '%s'", userID)

        row := db.QueryRowContext(ctx,
        	"SELECT id, email FROM users WHERE id = $1", userID)
        `,
      ),
    },
    references: [esg.databaseSecurity],
  },
  {
    id: 'security.vetted-auth',
    scorecard: 'security',
    title: 'Authentication uses a vetted library',
    description:
      'Looks for an established authentication stack: Spring Security (`spring-boot-starter-security` or the OAuth2 resource server, with `@EnableWebSecurity`), Passport, Auth.js/next-auth, Supabase Auth, or cloud authorizers and Cognito. Hand-rolled token checks (`jjwt`, `jsonwebtoken.verify` or `express-jwt` in custom middleware) and `anyRequest().permitAll()` fail; home-made JWT validation tends to miss algorithm, audience or expiry checks.',
    level: 'silver',
    severity: 'high',
    applicability: componentScope({
      precondition: 'the service handles authentication',
    }),
    runtime: false,
    remediation: {
      summary:
        "Delegate token validation to the framework's security module or the platform's authorizer, and deny by default.",
      steps: [
        'Node: use Passport strategies or Auth.js instead of calling `jwt.verify` in your own middleware.',
        'AWS: validate tokens in an API Gateway JWT or Cognito authorizer before requests reach the service.',
      ],
      example: snippet(
        'java',
        `
        @Configuration
        @EnableWebSecurity
        class SecurityConfig {

          @Bean
          SecurityFilterChain api(HttpSecurity http) throws Exception {
            return http
                .authorizeHttpRequests(auth -> auth
                    .requestMatchers("/actuator/health/**").permitAll()
                    .anyRequest().authenticated())
                // issuer set by spring.security.oauth2.resourceserver.jwt.issuer-uri
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(Customizer.withDefaults()))
                .build();
          }
        }
        `,
      ),
    },
    references: [esg.javaSecurity, esg.authentication],
  },
  {
    id: 'security.secrets-externalized',
    scorecard: 'security',
    title: 'Secrets live outside the repository',
    description:
      'Fails on committed `.env` files (`.env.example` is fine), `*.pem` and `*.p12` files, and property files with a literal `password=`; configuration should come from the environment or a secret manager. Anything committed stays in history and in every clone after it is deleted.',
    level: 'bronze',
    severity: 'critical',
    applicability: componentScope(),
    runtime: false,
    remediation: {
      summary:
        'Remove secret files from the repository, rotate what they contained, and read secrets at run time from the environment or a secret manager.',
      steps: [
        'Rotate first: assume any committed secret is compromised.',
        'Store secrets in AWS Secrets Manager, Parameter Store or Vault, and inject them as environment variables or mounted files.',
        'Keep a `.env.example` with placeholder values for local development.',
      ],
      example: snippet(
        'text',
        `
        # .gitignore
        .env
        .env.*
        !.env.example
        *.pem
        *.p12
        `,
      ),
    },
    references: [goEda.security, goEda.configuration],
  },
  {
    id: 'security.token-storage',
    scorecard: 'security',
    title: 'Tokens are kept out of web storage',
    description:
      "For browser and backend-for-frontend code: fails on `localStorage.setItem` or `sessionStorage.setItem` with a key that looks like a token, JWT, session or auth value, and expects session cookies to be `httpOnly`, `secure` and `sameSite: 'strict'`. Web storage is readable by any script on the page, so one XSS bug hands over the session.",
    level: 'silver',
    severity: 'high',
    applicability: componentScope({ ecosystems: ['node'] }),
    runtime: false,
    remediation: {
      summary:
        'Have the server set session and refresh tokens as cookies flagged HttpOnly, Secure and SameSite=Strict, and hold short-lived access tokens in memory only.',
      steps: [
        'Move token handling to a backend-for-frontend so the browser never sees the raw token.',
        'Rotate refresh tokens on use so a stolen one is detected when reused.',
      ],
      example: snippet(
        'typescript',
        `
        res.cookie('session', sessionId, {
          httpOnly: true, // not readable from JavaScript
          secure: true, // HTTPS only
          sameSite: 'strict',
          path: '/',
          maxAge: 15 * 60 * 1000,
        });
        `,
      ),
    },
    references: [esg.authentication],
  },
  {
    id: 'security.password-hashing',
    scorecard: 'security',
    title: 'Passwords are hashed with Argon2 or strong bcrypt',
    description:
      'Passes with Argon2 (`x/crypto/argon2`, `argon2-cffi`, `argon2`, `Argon2PasswordEncoder`) or bcrypt at cost 12 or more; fails on `bcrypt.DefaultCost`, a default `BCryptPasswordEncoder()` (cost 10), or MD5, SHA-1 or SHA-256 applied to passwords. Fast hashes let a stolen credential table be cracked offline at enormous guess rates.',
    level: 'silver',
    severity: 'high',
    applicability: componentScope({
      precondition: 'the code handles user passwords',
    }),
    runtime: false,
    remediation: {
      summary:
        'Use Argon2id for new password hashes (bcrypt at cost 12 or higher is acceptable) and upgrade old hashes when each user next signs in.',
      steps: [
        'Go: `bcrypt.GenerateFromPassword(pw, 12)` or `argon2.IDKey` with a per-user random salt.',
        'Spring: `Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()` or `new BCryptPasswordEncoder(12)`.',
        'Better still, leave password storage to an identity provider.',
      ],
      example: snippet(
        'python',
        `
        from argon2 import PasswordHasher
        from argon2.exceptions import VerifyMismatchError

        ph = PasswordHasher()  # Argon2id with the library's recommended parameters

        def hash_password(password: str) -> str:
            return ph.hash(password)

        def verify_password(stored_hash: str, password: str) -> bool:
            try:
                return ph.verify(stored_hash, password)
            except VerifyMismatchError:
                return False
        `,
      ),
    },
    references: [esg.databaseSecurity],
  },
  {
    id: 'security.raw-html-sanitized',
    scorecard: 'security',
    title: 'Raw HTML is sanitized',
    description:
      "Every file that renders raw HTML (`dangerouslySetInnerHTML`, `v-html`, `{@html`) must import DOMPurify (`dompurify` or `isomorphic-dompurify`); the `react/no-danger` lint rule is a bonus. These APIs bypass the framework's escaping, so unsanitized user content turns into script.",
    level: 'bronze',
    severity: 'high',
    applicability: componentScope({ ecosystems: ['node'] }),
    runtime: false,
    remediation: {
      summary:
        'Sanitize with DOMPurify right where raw HTML is rendered, or render the content as text instead.',
      steps: [
        'Enable `react/no-danger` (or `vue/no-v-html`) so each new use needs a reviewed exception.',
        'Back it up with a CSP that blocks inline scripts.',
      ],
      example: snippet(
        'tsx',
        `
        import DOMPurify from 'dompurify';

        export function RichText({ html }: { html: string }) {
          return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
        }
        `,
      ),
    },
    references: [esg.xssPrevention],
  },
  {
    id: 'security.no-unsafe-deserialization',
    scorecard: 'security',
    title: 'Untrusted data is not deserialized unsafely',
    description:
      'Java: no `new ObjectInputStream(...)`/`.readObject()` on request data and no `XMLDecoder`. Python: no `pickle.load`/`pickle.loads`, no `eval` or `exec` on non-constant input, no `yaml.load` without a safe loader. These APIs can execute code chosen by whoever controls the bytes; JSON or Protobuf with schema validation cannot.',
    level: 'silver',
    severity: 'critical',
    applicability: componentScope({ ecosystems: ['java', 'python'] }),
    runtime: false,
    remediation: {
      summary:
        'Replace native object serialization with a data format (JSON, Protobuf) validated against a schema, and use the safe loaders.',
      steps: [
        'Java: if `ObjectInputStream` cannot be removed yet, restrict classes with an `ObjectInputFilter` allowlist.',
        'Python: replace `eval` on data with `ast.literal_eval` or a real parser.',
      ],
      example: snippet(
        'python',
        `
        import json

        import yaml

        config = yaml.safe_load(raw_yaml)    # not yaml.load(raw_yaml)
        payload = json.loads(request_body)   # not pickle.loads(request_body)
        `,
      ),
    },
    references: [esg.javaSupplyChain, esg.compliance],
  },
  {
    id: 'security.dast',
    scorecard: 'security',
    title: 'Dynamic scans run against a deployed instance',
    description:
      'Looks for an OWASP ZAP scan (the baseline, full or API scan action, or `zap-baseline.py`) or the GitLab DAST template. Scanning the running service finds what source analysis cannot see: missing headers, permissive CORS, exposed endpoints and misconfigured security defaults.',
    level: 'gold',
    severity: 'medium',
    applicability: componentScope({
      precondition: 'the service serves HTTP',
    }),
    runtime: false,
    remediation: {
      summary:
        'Run a ZAP baseline scan against staging after each deploy, and an API scan from the OpenAPI spec where there is one.',
      steps: [
        'Keep accepted findings in a rules file so new ones stand out.',
        'Never point an active (full) scan at production.',
      ],
      example: snippet(
        'yaml',
        `
        - name: ZAP baseline scan
          uses: zaproxy/action-baseline@v0.15.0
          with:
            target: https://staging.checkout.example.com
            rules_file_name: .zap/rules.tsv
            fail_action: true
        `,
      ),
    },
    references: [esg.javaSupplyChain],
  },
  {
    id: 'security.iam-least-privilege',
    scorecard: 'security',
    title: 'IAM policies follow least privilege',
    description:
      'Fails on IAM policies in Terraform that allow every action (`"Action": "*"`, `actions = ["*"]`) or every action of a service (`s3:*`) on all resources (`resources = ["*"]`). A broad grant turns one compromised function or task role into access to far more of the account than it needs.',
    level: 'silver',
    severity: 'high',
    applicability: componentScope({
      precondition: 'the repository contains Terraform files',
    }),
    runtime: false,
    remediation: {
      summary:
        'Grant only the actions the workload calls, on the specific resources it uses.',
      steps: [
        'Use IAM Access Analyzer or CloudTrail history to find which actions a role actually uses.',
        'Give each function or task its own role rather than sharing one broad role.',
      ],
      example: snippet(
        'hcl',
        `
        data "aws_iam_policy_document" "orders_reader" {
          statement {
            actions   = ["dynamodb:GetItem", "dynamodb:Query"]
            resources = [aws_dynamodb_table.orders.arn]
          }
        }
        `,
      ),
    },
    references: [goEda.security],
  },
  {
    id: 'security.api-versioning',
    scorecard: 'security',
    title: 'The API is versioned',
    description:
      'Looks for an OpenAPI 3 spec (a file or the API entity definition) whose paths or server URLs start with `/v{n}`, or a version header. A version lets a breaking change ship beside the old contract instead of breaking its callers. The guides disagree on timing (one says from day one, another only once it is earned), so this check is low severity.',
    level: 'gold',
    severity: 'low',
    applicability: componentScope({
      precondition: 'the service provides an HTTP API',
    }),
    runtime: false,
    remediation: {
      summary:
        'Put the major version in the path (`/v1/...`) or in a version header, and declare it in the OpenAPI spec registered for the API.',
      example: snippet(
        'yaml',
        `
        openapi: 3.0.3
        info:
          title: Checkout API
          version: 1.4.0
        paths:
          /v1/orders/{orderId}:
            get:
              operationId: getOrder
              parameters:
                - name: orderId
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: The order.
        `,
      ),
    },
    references: [esg.apiSecurity, goEda.apiDesign],
  },
];
