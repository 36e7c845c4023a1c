import type { SignalDefinition, SignalLanguage } from '../types';

/** Lines that are comments in the C-family, Python and shell-like languages; never evidence. */
const commentLine = /^\s*(\/\/|#|\*|\/\*|--)/;

const code: SignalLanguage[] = ['go', 'python', 'node', 'rust', 'java'];
const everything: SignalLanguage[] = [...code, 'config', 'terraform', 'html'];

/**
 * Source-code heuristics of the `security` scorecard: leaked credentials, CORS, string-built SQL, security
 * headers, validation, authentication, password hashing, token storage, raw HTML, unsafe deserialization,
 * IAM wildcards and API versioning.
 *
 * @internal
 */
export const securitySignals: SignalDefinition[] = [
  // --- leaked credentials (comments count: a key in a comment is still leaked) --------------------------
  {
    // AWS's documented example key ends in EXAMPLE and is not a credential.
    id: 'security.aws-access-key-id',
    languages: everything,
    pattern: /\bAKIA[0-9A-Z]{16}\b/,
    unless: /\bAKIA[0-9A-Z]{9}EXAMPLE\b/,
  },
  {
    // The PEM header alone on its line, or followed by an escaped newline and key material: the shape of an
    // embedded key. Code that only looks for the header (`startsWith('-----BEGIN …')`) does not match.
    id: 'security.private-key-block',
    languages: everything,
    pattern:
      /(?:^\s*|["'`|>]\s*)-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----(?:\s*$|\\n[A-Za-z0-9+/=]{16})/,
  },
  {
    // A literal password in configuration; placeholders (`${…}`, `{{…}}`, `<…>`), empty values and
    // environment references are fine.
    id: 'security.config-password-literal',
    languages: ['config'],
    pattern: /\bpass(?:word|wd)["']?\s*[:=]\s*["']?[^\s"'$<{%]/i,
    unless:
      /^\s*(#|;|\/\/)|[:=]\s*["']?(null|none|~|true|false)["']?\s*,?\s*$|\$\{|\{\{|%\(|secretKeyRef|ENC\(/i,
  },
  // --- CORS ----------------------------------------------------------------------------------------------
  {
    id: 'security.cors-wildcard',
    languages: code,
    pattern: new RegExp(
      [
        /Access-Control-Allow-Origin["']?\s*\]?\s*[,:=]\s*["']\*["']/.source,
        // Go: rs/cors, go-chi/cors, gin-contrib/cors, echo
        /\bAllow(?:ed)?Origins\s*:\s*\[\]string\s*\{\s*"\*"/.source,
        /\bAllowAllOrigins\s*:\s*true/.source,
        /\bcors\.(?:AllowAll|Default)\(\s*\)/.source,
        // Python: Starlette/FastAPI, django-cors-headers, flask-cors
        /\ballow_origins\s*=\s*\[\s*["']\*["']/.source,
        /\bCORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)\s*=\s*True/.source,
        /\bCORS\(\s*app\s*\)/.source,
        /\borigins\s*=\s*["']\*["']/.source,
        // Node: cors(), @fastify/cors, hono
        /\bcors\(\s*\)/.source,
        /\borigin\s*:\s*(?:["']\*["']|true\b)/.source,
        // Rust: tower-http, actix-cors
        /CorsLayer::(?:very_)?permissive\(\)/.source,
        /\ballow_origin\(\s*(?:cors::)?Any\s*\)/.source,
        /\bAllowOrigin::any\(\)/.source,
        /\bCors::permissive\(\)/.source,
        /\.allow_any_origin\(\)/.source,
        // Java: Spring
        /\b(?:allowedOrigins|allowedOriginPatterns|setAllowedOrigins|addAllowedOrigin|addAllowedOriginPattern)\(\s*(?:List\.of\(|Arrays\.asList\()?\s*"\*"/
          .source,
        /@CrossOrigin\s*(?:\(\s*\))?\s*$/.source,
        /@CrossOrigin\s*(?:\(\s*\)\s*)?(?:public|private|protected|@|class|static)/
          .source,
        /@CrossOrigin\([^)]*"\*"/.source,
      ].join('|'),
    ),
    unless: commentLine,
  },
  // --- string-built SQL ---------------------------------------------------------------------------------
  {
    id: 'security.sql-go-sprintf',
    languages: ['go'],
    pattern:
      /fmt\.Sprintf\(\s*["`]\s*(?:SELECT\b[^"`]*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b[^"`]*%[svq]/i,
    unless: commentLine,
  },
  {
    id: 'security.sql-python-format',
    languages: ['python'],
    pattern: new RegExp(
      [
        /\bexecute(?:many)?\(\s*f["']/.source,
        /\bf["']{1,3}\s*(?:SELECT\b[^"']*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b[^"']*\{/
          .source,
        /["']\s*(?:SELECT\b[^"']*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b[^"']*["']\s*(?:%\s*[\w(]|\.format\()/
          .source,
        /\bexecute(?:many)?\(\s*["'][^"']*["']\s*(?:%\s*[\w(]|\.format\()/
          .source,
      ].join('|'),
      'i',
    ),
    unless: commentLine,
  },
  {
    // Untagged template literals only: tagged templates (sql`…`, Prisma.sql`…`) bind their parameters.
    id: 'security.sql-template-literal',
    languages: ['node'],
    pattern:
      /(?:^|[=(,:?]\s*)`\s*(?:SELECT\b[^`]*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b[^`]*\$\{|\.(?:query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe)\(\s*`[^`]*\$\{/i,
    unless: commentLine,
  },
  {
    id: 'security.sql-concatenation',
    languages: code,
    pattern:
      /["'`]\s*(?:SELECT\b[^"'`]*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b[^"'`]*["'`]\s*\+\s*[A-Za-z_$]|["'`][^"'`]*\bWHERE\b[^"'`]*=\s*'?["'`]\s*\+\s*[A-Za-z_$]/i,
    unless: commentLine,
  },
  {
    id: 'security.sql-format-macro',
    languages: ['rust', 'java'],
    pattern:
      /\b(?:format!|String\.format|\.formatted)\(\s*"\s*(?:SELECT\b[^"]*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b[^"]*(?:\{|%s)/i,
    unless: commentLine,
  },
  // --- security headers -----------------------------------------------------------------------------------
  {
    id: 'security.header-hsts',
    languages: code,
    pattern:
      /Strict-Transport-Security|STRICT_TRANSPORT_SECURITY|SECURE_HSTS_SECONDS|httpStrictTransportSecurity|\.hsts\(/i,
    unless: commentLine,
  },
  {
    id: 'security.header-content-type-options',
    languages: code,
    pattern:
      /X-Content-Type-Options|X_CONTENT_TYPE_OPTIONS|SECURE_CONTENT_TYPE_NOSNIFF|contentTypeOptions\(/i,
    unless: commentLine,
  },
  {
    id: 'security.header-frame-options',
    languages: code,
    pattern:
      /X-Frame-Options|X_FRAME_OPTIONS|XFrameOptionsMiddleware|frameOptions\(/i,
    unless: commentLine,
  },
  {
    id: 'security.header-csp',
    languages: code,
    pattern:
      /Content-Security-Policy|CONTENT_SECURITY_POLICY|SECURE_CSP|contentSecurityPolicy\(|\bCSP_DEFAULT_SRC\b/i,
    unless: commentLine,
  },
  {
    id: 'security.spring-headers',
    languages: ['java'],
    pattern: /\.headers\(/,
    unless: commentLine,
  },
  {
    // `async headers()` in next.config.*: the check keeps only matches in that file.
    id: 'security.next-config-headers',
    languages: ['node'],
    pattern: /\b(?:async\s+)?headers\s*\(\s*\)\s*\{|\bheaders\s*:\s*async\s*\(/,
    unless: commentLine,
  },
  // --- input validation -----------------------------------------------------------------------------------
  {
    id: 'security.java-valid-annotation',
    languages: ['java'],
    pattern: /@(?:Valid|Validated)\b/,
    unless: commentLine,
  },
  {
    id: 'security.python-pydantic-model',
    languages: ['python'],
    pattern: /^\s*(?:from\s+pydantic\b|import\s+pydantic\b)/,
  },
  {
    id: 'security.rust-typed-extractor',
    languages: ['rust'],
    pattern:
      /\b(?:Json|Query|Path|Form|web::Json|web::Query|web::Path)<\s*[A-Z]\w*/,
    unless: commentLine,
  },
  {
    id: 'security.go-echo-validator',
    languages: ['go'],
    pattern: /\.Validator\s*=\s*&?\w/,
    unless: commentLine,
  },
  {
    id: 'security.fastify-route-schema',
    languages: ['node'],
    pattern:
      /\bschema\s*:\s*\{\s*(?:body|querystring|query|params|headers|response)\b|^\s*schema\s*:\s*\{\s*$/,
    unless: commentLine,
  },
  // --- rate limiting --------------------------------------------------------------------------------------
  {
    id: 'security.gateway-rate-limit',
    languages: ['config', 'terraform', 'java'],
    pattern:
      /\bRequestRateLimiter\b|\bthrottle_settings\b|\bthrottling_(?:burst|rate)_limit\b|\baws_api_gateway_usage_plan\b|\bThrottlingBurstLimit\b|\bUsagePlan\b/,
    unless: /^\s*(#|\/\/)/,
  },
  {
    id: 'security.code-rate-limit',
    languages: ['go'],
    pattern: /\brate\.NewLimiter\(|\bhttprate\.|\btollbooth\./,
    unless: commentLine,
  },
  // --- authentication -------------------------------------------------------------------------------------
  {
    // Token checks written by hand instead of delegated to a vetted security framework.
    id: 'security.jwt-hand-rolled',
    languages: code,
    pattern:
      /\bjwt\.verify\(|\bjsonwebtoken\b.*\.verify\(|\bJwts\.parser(?:Builder)?\(|\bjwt\.decode\(|\bjwt\.Parse(?:WithClaims)?\(|\bjsonwebtoken::decode\b|\bdecode::<\w+>\(\s*&?token/,
    unless: commentLine,
  },
  {
    id: 'security.spring-web-security',
    languages: ['java'],
    pattern: /@EnableWebSecurity\b|\bSecurityFilterChain\b/,
    unless: /^\s*(\/\/|\*|\/\*|import\b)/,
  },
  {
    id: 'security.permit-all-requests',
    languages: ['java'],
    pattern: /anyRequest\(\)\s*\.\s*permitAll\(\)/,
    unless: commentLine,
  },
  // --- password hashing -----------------------------------------------------------------------------------
  {
    id: 'security.password-hash-weak',
    languages: code,
    pattern: new RegExp(
      [
        /\bbcrypt\.(?:DefaultCost|MinCost)\b/.source,
        /\bGenerateFromPassword\([^,]+,\s*(?:[4-9]|1[01])\s*\)/.source,
        /\bnew\s+BCryptPasswordEncoder\(\s*(?:[4-9]|1[01])?\s*\)/.source,
        /\bbcrypt\w*\.(?:hash|hashSync|genSalt|genSaltSync)\(\s*(?:[^,()]+,\s*)?(?:[4-9]|1[01])\s*[,)]/
          .source,
        /\bgensalt\(\s*(?:rounds\s*=\s*)?(?:[4-9]|1[01])\s*\)/.source,
        /\b(?:md5|sha1|sha256|sha-1|sha-256)\b[^\n]{0,120}\b(?:password|passwd|pwd)\b/
          .source,
        /\b(?:password|passwd|pwd)\b[^\n]{0,120}\b(?:md5|sha1|sha256|hashlib\.sha\d+)\(/
          .source,
      ].join('|'),
      'i',
    ),
    unless: commentLine,
  },
  {
    id: 'security.password-hash-strong',
    languages: code,
    pattern: new RegExp(
      [
        /"golang\.org\/x\/crypto\/argon2"|\bargon2\.(?:IDKey|Key)\(/.source,
        /\bGenerateFromPassword\([^,]+,\s*(?:1[2-9]|[23][0-9])\s*\)/.source,
        /\bArgon2PasswordEncoder\b|\bnew\s+BCryptPasswordEncoder\(\s*(?:1[2-9]|[23][0-9])\s*[,)]/
          .source,
        /\bbcrypt\w*\.(?:hash|hashSync|genSalt|genSaltSync)\(\s*(?:[^,()]+,\s*)?(?:1[2-9]|[23][0-9])\s*[,)]/
          .source,
        /\bgensalt\(\s*(?:rounds\s*=\s*(?:1[2-9]|[23][0-9]))?\s*\)/.source,
        /\bargon2\.(?:hash|verify)\(|from\s+["']argon2["']|require\(\s*["']argon2["']\)/
          .source,
        /\bPasswordHasher\(|\bArgon2PasswordHasher\b|\bargon2\b.*\bimport\b|^\s*from\s+argon2\b/
          .source,
        /\bArgon2::(?:default|new)\(|\buse\s+argon2::/.source,
      ].join('|'),
    ),
    unless: commentLine,
  },
  {
    // Any password hashing or verification: the precondition of `password-hashing`.
    id: 'security.password-hash-call',
    languages: code,
    pattern:
      /\bhashpw\(|\bGenerateFromPassword\(|\bCompareHashAndPassword\(|\bPasswordEncoder\b|\bgenerate_password_hash\(|\bcheck_password_hash\(|\bmake_password\(|\bbcrypt\w*\.(?:hash|compare|hashSync)\(|\bpbkdf2\w*\(|\bscrypt\w*\(/i,
    unless: commentLine,
  },
  // --- browser ----------------------------------------------------------------------------------------------
  {
    id: 'security.token-web-storage',
    languages: ['node'],
    pattern:
      /\b(?:localStorage|sessionStorage)\.setItem\(\s*[^,)]{0,80}(?:token|jwt|session|auth)|\b(?:localStorage|sessionStorage)(?:\.|\[\s*["'`])\w*(?:token|jwt|session|auth)\w*["'`]?\s*\]?\s*=[^=]/i,
    unless: commentLine,
  },
  {
    id: 'security.token-cookie-insecure',
    languages: ['node'],
    pattern:
      /\bhttpOnly\s*:\s*false\b|\bdocument\.cookie\s*=\s*[^;]{0,80}(?:token|jwt|session|auth)/i,
    unless: commentLine,
  },
  {
    id: 'security.raw-html',
    languages: ['node'],
    pattern: /\bdangerouslySetInnerHTML\b|\bv-html\s*=|\{@html\s/,
    unless: commentLine,
  },
  {
    id: 'security.dompurify-import',
    languages: ['node'],
    pattern:
      /\bfrom\s+["'](?:isomorphic-)?dompurify["']|\brequire\(\s*["'](?:isomorphic-)?dompurify["']\s*\)|\bimport\(\s*["'](?:isomorphic-)?dompurify["']\s*\)/,
  },
  // --- deserialization ------------------------------------------------------------------------------------
  {
    id: 'security.java-unsafe-deserialization',
    languages: ['java'],
    pattern: /\bnew\s+(?:ObjectInputStream|XMLDecoder)\s*\(/,
    unless: commentLine,
  },
  {
    id: 'security.python-pickle',
    languages: ['python'],
    pattern:
      /\b(?:c?[Pp]ickle|dill|jsonpickle|marshal)\.(?:loads?|decode|Unpickler)\(|\bshelve\.open\(/,
    unless: commentLine,
  },
  {
    id: 'security.python-yaml-load',
    languages: ['python'],
    pattern: /\byaml\.(?:unsafe_)?load(?:_all)?\(/,
    unless: /^\s*#|\bLoader\s*=\s*(?:yaml\.)?C?(?:Safe|Base)Loader\b/,
  },
  {
    // eval/exec on anything but a string literal; `model.eval()` and `ast.literal_eval(` are not builtins.
    id: 'security.python-eval',
    languages: ['python'],
    pattern: /(?<![.\w])(?:eval|exec)\(\s*[^'"\s)]/,
    unless: commentLine,
  },
  // --- infrastructure ---------------------------------------------------------------------------------------
  {
    id: 'security.iam-wildcard-action',
    languages: ['terraform', 'config'],
    pattern:
      /"Action"\s*:\s*(?:"\*"|\[\s*"\*"\s*\])|\bAction\s*=\s*(?:"\*"|\[\s*"\*"\s*\])|\bactions\s*=\s*\[\s*"\*"\s*\]/,
    unless: /^\s*(#|\/\/)/,
  },
  {
    id: 'security.iam-service-wildcard-action',
    languages: ['terraform', 'config'],
    pattern:
      /(?:\bactions\s*=|"Action"\s*:|\bAction\s*=)[^#]*"[a-zA-Z0-9-]+:\*"|^\s*"[a-zA-Z0-9-]+:\*"\s*,?\s*$/,
    unless: /^\s*(#|\/\/)/,
  },
  {
    id: 'security.iam-wildcard-resource',
    languages: ['terraform', 'config'],
    pattern:
      /\bresources\s*=\s*\[\s*"\*"\s*\]|"Resource"\s*:\s*(?:"\*"|\[\s*"\*"\s*\])|\bResource\s*=\s*(?:"\*"|\[\s*"\*"\s*\])/,
    unless: /^\s*(#|\/\/)/,
  },
  {
    id: 'security.ecr-scan-on-push',
    languages: ['terraform', 'config'],
    pattern: /\bscan_on_push\s*=\s*true\b|\bScanOnPush["']?\s*:\s*["']?true\b/i,
    unless: /^\s*(#|\/\/)/,
  },
  // --- API versioning ---------------------------------------------------------------------------------------
  {
    id: 'security.openapi-document',
    languages: ['config'],
    pattern: /^\s*["']?(?:openapi|swagger)["']?\s*:\s*["']?[23]\./,
  },
  {
    id: 'security.openapi-versioned-path',
    languages: ['config'],
    pattern: /^\s*["']?\/(?:api\/)?v[0-9]+(?:\/|["']?\s*:)/,
  },
  {
    id: 'security.openapi-versioned-server',
    languages: ['config'],
    pattern:
      /\burl["']?\s*:\s*["']?(?:https?:\/\/[^/\s"']+)?\/(?:api\/)?v[0-9]+\/?["']?\s*,?\s*$/,
  },
  {
    id: 'security.versioned-route',
    languages: code,
    pattern: /["'`]\/(?:api\/)?v[0-9]+(?:\/|["'`])/,
    unless: commentLine,
  },
  {
    id: 'security.api-version-header',
    languages: code,
    pattern: /["'`](?:X-)?API-Version["'`]|["'`]Accept-Version["'`]/i,
    unless: commentLine,
  },
];
