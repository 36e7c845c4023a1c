import { scanText } from '../SignalsCollector';
import { securitySignals } from './security';

/** Ids of the security signals that match one line of a file. */
function matches(file: string, line: string): string[] {
  return scanText(file, line, securitySignals).map(m => m.signal);
}

describe('security signals', () => {
  it.each<[string, string, string]>([
    ['main.go', 'AllowAllOrigins: true,', 'security.cors-wildcard'],
    [
      'app.py',
      'resp.headers["Access-Control-Allow-Origin"] = "*"',
      'security.cors-wildcard',
    ],
    ['server.js', 'app.use(cors());', 'security.cors-wildcard'],
    ['main.rs', '.layer(CorsLayer::permissive())', 'security.cors-wildcard'],
    ['Api.java', '@CrossOrigin', 'security.cors-wildcard'],
    [
      'db.go',
      'q := fmt.Sprintf("SELECT zone FROM zones WHERE p = \'%s\'", p)',
      'security.sql-go-sprintf',
    ],
    [
      'app.py',
      'cur.execute(f"SELECT id FROM customers WHERE segment = \'{segment}\'")',
      'security.sql-python-format',
    ],
    [
      'app.py',
      'cur.execute("INSERT INTO s (name) VALUES (\'%s\')" % name)',
      'security.sql-python-format',
    ],
    [
      'db.js',
      "await query(`SELECT * FROM promos WHERE code = '${code}'`);",
      'security.sql-template-literal',
    ],
    [
      'Repo.java',
      'String q = "SELECT * FROM users WHERE id = " + id;',
      'security.sql-concatenation',
    ],
    [
      'db.rs',
      'sqlx::query(&format!("SELECT * FROM t WHERE id = {id}"))',
      'security.sql-format-macro',
    ],
    [
      'Security.java',
      'return new BCryptPasswordEncoder();',
      'security.password-hash-weak',
    ],
    [
      'auth.js',
      "const hash = crypto.createHash('md5').update(password).digest('hex');",
      'security.password-hash-weak',
    ],
    [
      'auth.go',
      'hash, err := bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost)',
      'security.password-hash-weak',
    ],
    [
      'auth.go',
      'hash, err := bcrypt.GenerateFromPassword(pw, 12)',
      'security.password-hash-strong',
    ],
    [
      'login.js',
      "localStorage.setItem('authToken', token);",
      'security.token-web-storage',
    ],
    [
      'Flag.tsx',
      '<div dangerouslySetInnerHTML={{ __html: html }} />',
      'security.raw-html',
    ],
    [
      'Safe.tsx',
      "import DOMPurify from 'dompurify';",
      'security.dompurify-import',
    ],
    ['app.py', 'rows = pickle.loads(cached)', 'security.python-pickle'],
    [
      'app.py',
      'spec = yaml.load(request.data, Loader=yaml.Loader)',
      'security.python-yaml-load',
    ],
    ['calc.py', 'result = eval(expression)', 'security.python-eval'],
    [
      'Decode.java',
      'ObjectInputStream in = new ObjectInputStream(req.getInputStream());',
      'security.java-unsafe-deserialization',
    ],
    [
      'auth.js',
      'const claims = jwt.verify(header.replace("Bearer ", ""), SECRET);',
      'security.jwt-hand-rolled',
    ],
    [
      'Security.java',
      '.anyRequest().permitAll()',
      'security.permit-all-requests',
    ],
    [
      's3.tf',
      '    actions   = ["s3:*"]',
      'security.iam-service-wildcard-action',
    ],
    ['s3.tf', '    resources = ["*"]', 'security.iam-wildcard-resource'],
    ['policy.tf', '  "Action": "*",', 'security.iam-wildcard-action'],
    ['ecr.tf', '    scan_on_push = true', 'security.ecr-scan-on-push'],
    ['openapi.yaml', 'openapi: 3.0.3', 'security.openapi-document'],
    [
      'openapi.yaml',
      '  /v1/orders/{orderId}:',
      'security.openapi-versioned-path',
    ],
    [
      'openapi.yaml',
      '  - url: https://api.example.com/v2',
      'security.openapi-versioned-server',
    ],
    [
      'router.go',
      'r.Route("/v1/orders", func(r chi.Router) {',
      'security.versioned-route',
    ],
    [
      'application.properties',
      'spring.datasource.password=hunter2',
      'security.config-password-literal',
    ],
    [
      'middleware.go',
      'h.Set("Strict-Transport-Security", "max-age=63072000")',
      'security.header-hsts',
    ],
    [
      'Security.java',
      '.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src \'none\'")))',
      'security.spring-headers',
    ],
  ])('%s: `%s` matches %s', (file, line, id) => {
    expect(matches(file, line)).toContain(id);
  });

  it.each<[string, string, string]>([
    [
      'main.go',
      'AllowedOrigins: []string{"https://shop.example.com"},',
      'security.cors-wildcard',
    ],
    [
      'server.js',
      'app.use(cors({ origin: allowedOrigins }));',
      'security.cors-wildcard',
    ],
    [
      'render.py',
      'cursor.execute(sql, [params])',
      'security.sql-python-format',
    ],
    [
      'render.py',
      'cursor.execute("SELECT * FROM r WHERE id = %s", (report_id,))',
      'security.sql-python-format',
    ],
    [
      'db.ts',
      'const rows = await sql`SELECT * FROM t WHERE id = ${id}`;',
      'security.sql-template-literal',
    ],
    [
      'db.ts',
      "await pool.query('SELECT * FROM t WHERE id = $1', [id]);",
      'security.sql-template-literal',
    ],
    [
      'recent.ts',
      "localStorage.setItem('recently-viewed', JSON.stringify(slugs));",
      'security.token-web-storage',
    ],
    [
      'config.py',
      'config = yaml.load(raw, Loader=yaml.SafeLoader)',
      'security.python-yaml-load',
    ],
    ['train.py', 'model.eval()', 'security.python-eval'],
    ['parse.py', 'value = ast.literal_eval(text)', 'security.python-eval'],
    [
      'application.yml',
      '    password: ${DB_PASSWORD}',
      'security.config-password-literal',
    ],
    ['application.yml', '    password: ""', 'security.config-password-literal'],
    [
      'compose.ci.yaml',
      '      POSTGRES_PASSWORD: test',
      'security.config-password-literal',
    ],
    [
      'iam.tf',
      '    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]',
      'security.iam-service-wildcard-action',
    ],
    [
      'main.go',
      '// AllowAllOrigins: true is what we must not do',
      'security.cors-wildcard',
    ],
    [
      'pem.go',
      'if strings.HasPrefix(s, "-----BEGIN RSA PRIVATE KEY-----") {',
      'security.private-key-block',
    ],
  ])('%s: `%s` does not match %s', (file, line, id) => {
    expect(matches(file, line)).not.toContain(id);
  });

  it('finds AWS access key ids and PEM private keys, built here by concatenation', () => {
    const key = `AKIA${'Z7'.repeat(8)}`;
    expect(matches('config.yaml', `aws_access_key_id: ${key}`)).toContain(
      'security.aws-access-key-id',
    );
    const example = `AKIA${'IOSFODNN7'}EXAMPLE`;
    expect(matches('README.md.yaml', `key: ${example}`)).not.toContain(
      'security.aws-access-key-id',
    );
    const header = `-----BEGIN ${'RSA'} PRIVATE KEY-----`;
    expect(matches('values.yaml', `    ${header}`)).toContain(
      'security.private-key-block',
    );
    expect(
      matches(
        'sa.json',
        `  "private_key": "${header}\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC",`,
      ),
    ).toContain('security.private-key-block');
  });

  it('uses no global or sticky patterns and unique ids', () => {
    expect(
      securitySignals.every(s => !s.pattern.global && !s.pattern.sticky),
    ).toBe(true);
    expect(new Set(securitySignals.map(s => s.id)).size).toBe(
      securitySignals.length,
    );
  });
});
