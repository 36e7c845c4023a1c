import type { Evidence } from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass } from '../outcomes';
import { baseNameOf, declares } from '../supplyChain/manifests';
import { codeSignals, signalEvidence } from './signals';

const corsAllowlist: CheckImplementation = {
  id: 'security.cors-allowlist',
  evaluate(facts) {
    const wildcards = codeSignals(facts, 'security.cors-wildcard', {
      serverCode: true,
    });
    if (wildcards.length > 0) {
      return fail(
        ...wildcards.map(w => signalEvidence(w, 'CORS allows every origin')),
      );
    }
    return pass({
      message:
        'No wildcard or allow-all CORS configuration found outside tests',
    });
  },
};

const sqlSignals = [
  'security.sql-go-sprintf',
  'security.sql-python-format',
  'security.sql-template-literal',
  'security.sql-concatenation',
  'security.sql-format-macro',
];

const parameterizedSql: CheckImplementation = {
  id: 'security.parameterized-sql',
  evaluate(facts) {
    const built = codeSignals(facts, sqlSignals, { serverCode: true });
    if (built.length > 0) {
      return fail(
        ...built.map(b =>
          signalEvidence(b, 'SQL text is built from variables'),
        ),
      );
    }
    return pass({
      message:
        'No SQL built by formatting or concatenation found outside tests',
    });
  },
};

const noUnsafeDeserialization: CheckImplementation = {
  id: 'security.no-unsafe-deserialization',
  evaluate(facts) {
    const labels: Record<string, string> = {
      'security.java-unsafe-deserialization': 'Java native deserialization',
      'security.python-pickle': 'pickle-style deserialization',
      'security.python-yaml-load': '`yaml.load` without a safe loader',
      'security.python-eval': '`eval`/`exec` on a non-constant',
    };
    const unsafe = codeSignals(facts, Object.keys(labels));
    if (unsafe.length > 0)
      return fail(...unsafe.map(u => signalEvidence(u, labels[u.signal])));
    return pass({
      message:
        'No ObjectInputStream/XMLDecoder, pickle, unsafe yaml.load or eval/exec on data found outside tests',
    });
  },
};

const rawHtmlSanitized: CheckImplementation = {
  id: 'security.raw-html-sanitized',
  evaluate(facts) {
    const raw = codeSignals(facts, 'security.raw-html');
    const sanitizing = new Set(
      codeSignals(facts, 'security.dompurify-import').map(s => s.file),
    );
    const unsanitized = raw.filter(r => !sanitizing.has(r.file));
    if (unsanitized.length > 0) {
      return fail(
        ...unsanitized.map(u =>
          signalEvidence(
            u,
            'Raw HTML rendered in a file that does not import DOMPurify',
          ),
        ),
      );
    }
    if (raw.length > 0) {
      const files = [...new Set(raw.map(r => r.file))];
      return pass(
        ...files.map(file => ({
          message: `${file} renders raw HTML and imports DOMPurify`,
          file,
        })),
      );
    }
    return pass({
      message: 'No dangerouslySetInnerHTML, v-html or {@html} found',
    });
  },
};

const tokenStorage: CheckImplementation = {
  id: 'security.token-storage',
  evaluate(facts) {
    const stored = codeSignals(facts, 'security.token-web-storage');
    const cookies = codeSignals(facts, 'security.token-cookie-insecure');
    if (stored.length > 0 || cookies.length > 0) {
      return fail(
        ...stored.map(s =>
          signalEvidence(
            s,
            'A token is kept in web storage, readable by any script on the page',
          ),
        ),
        ...cookies.map(c =>
          signalEvidence(
            c,
            'A session or token cookie is readable from JavaScript',
          ),
        ),
      );
    }
    return pass({
      message:
        'No token, JWT, session or auth value is written to localStorage/sessionStorage or a script-readable cookie',
    });
  },
};

const passwordHashing: CheckImplementation = {
  id: 'security.password-hashing',
  evaluate(facts) {
    const options = { serverCode: true };
    const weak = codeSignals(facts, 'security.password-hash-weak', options);
    const strong = codeSignals(facts, 'security.password-hash-strong', options);
    const calls = codeSignals(facts, 'security.password-hash-call', options);
    const argon2Dependency = facts.modules
      .filter(m => !m.error)
      .map(m => ({
        module: m,
        dep: declares(
          m,
          'argon2-cffi',
          'argon2',
          '@node-rs/argon2',
          'argon2-browser',
          'rust-argon2',
        ),
      }))
      .find(x => x.dep);
    const hashingDependency = facts.modules
      .filter(m => !m.error)
      .map(m =>
        declares(
          m,
          'bcrypt',
          'bcryptjs',
          'passlib',
          'pwdlib',
          'org.springframework.security:spring-security-crypto',
        ),
      )
      .find(Boolean);
    if (
      weak.length === 0 &&
      strong.length === 0 &&
      calls.length === 0 &&
      !argon2Dependency &&
      !hashingDependency
    ) {
      return notApplicable(
        'No password hashing or verification found: the code does not handle user passwords',
      );
    }
    if (weak.length > 0) {
      return fail(
        ...weak.map(w =>
          signalEvidence(
            w,
            'Weak password hashing (fast hash or bcrypt cost below 12)',
          ),
        ),
      );
    }
    if (strong.length > 0)
      return pass(
        ...strong.map(s =>
          signalEvidence(s, 'Argon2 or bcrypt with cost ≥ 12'),
        ),
      );
    if (argon2Dependency?.dep) {
      return pass({
        message: `Argon2 is declared (${argon2Dependency.dep.name} in ${argon2Dependency.dep.file})`,
        file: argon2Dependency.dep.file,
        line: argon2Dependency.dep.line,
      });
    }
    const evidence: Evidence[] = calls
      .slice(0, 5)
      .map(c => signalEvidence(c, 'Password hashing'));
    return fail(
      {
        message:
          'Passwords are hashed, but neither Argon2 nor bcrypt with a literal cost of 12 or more was found',
      },
      ...evidence,
    );
  },
};

const allowedEnvFiles = new Set([
  '.env.example',
  '.env.sample',
  '.env.template',
]);

const secretsExternalized: CheckImplementation = {
  id: 'security.secrets-externalized',
  evaluate(facts) {
    const problems: Evidence[] = [];
    for (const file of facts.files) {
      const base = baseNameOf(file);
      const lower = base.toLowerCase();
      if (
        (base === '.env' || base.startsWith('.env.')) &&
        !allowedEnvFiles.has(base)
      ) {
        problems.push({
          message: `${file} is a committed environment file`,
          file,
        });
      } else if (/\.(pem|p12|pfx|jks)$/.test(lower)) {
        problems.push({
          message: `${file} is a committed key or certificate store`,
          file,
        });
      }
    }
    for (const match of codeSignals(
      facts,
      'security.config-password-literal',
    )) {
      const base = baseNameOf(match.file);
      if (!/\.(properties|ya?ml)$/i.test(base) || allowedEnvFiles.has(base))
        continue;
      problems.push(signalEvidence(match, 'Literal password in configuration'));
    }
    if (problems.length > 0) return fail(...problems);
    return pass({
      message:
        'No committed .env, key store or literal password in properties/YAML files',
    });
  },
};

/**
 * Security checks judged on source code and committed files.
 *
 * @internal
 */
export const codeSecurityChecks: CheckImplementation[] = [
  corsAllowlist,
  parameterizedSql,
  noUnsafeDeserialization,
  rawHtmlSanitized,
  tokenStorage,
  passwordHashing,
  secretsExternalized,
];
