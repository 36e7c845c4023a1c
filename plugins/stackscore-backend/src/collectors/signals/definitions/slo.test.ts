import { signalsOfLine } from '../../../checks/observability/testSupport';
import { sloSignals } from './slo';

const matches = (file: string, line: string, id: string) =>
  signalsOfLine(file, line).includes(id);

describe('slo signal definitions', () => {
  it('have unique ids and no stateful flags', () => {
    const ids = sloSignals.map(d => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of sloSignals) {
      expect(d.pattern.global || d.pattern.sticky).toBe(false);
    }
  });

  it.each([
    ['main.go', 'srv := &http.Server{', true],
    ['main.go', '\tlog.Fatal(http.ListenAndServe(":8080", nil))', true],
    ['main.go', 'go func() { errs <- srv.ListenAndServe() }()', true],
    ['main.go', 's := grpc.NewServer(grpc.UnaryInterceptor(x))', true],
    ['main.go', 'resp, err := http.Get(url)', false],
    ['main.go', '// http.ListenAndServe(":8080", nil)', false],
  ])('runtime.go-http-server on %s: %s', (file, line, expected) => {
    expect(matches(file, line, 'runtime.go-http-server')).toBe(expected);
  });

  it('flags Go calls without a timeout (003:L58 http.Get ignoring its context)', () => {
    expect(
      matches('a.go', 'resp, err := http.Get(url)', 'slo.go-unbounded-call'),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'http.ListenAndServe(":8080", mux)',
        'slo.go-unbounded-call',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'resp, err := http.DefaultClient.Do(req)',
        'slo.go-unbounded-call',
      ),
    ).toBe(true);
    expect(
      matches('a.go', 'errs <- srv.ListenAndServe()', 'slo.go-unbounded-call'),
    ).toBe(false);
    expect(
      matches('a.go', 'resp, err := client.Get(url)', 'slo.go-unbounded-call'),
    ).toBe(false);
  });

  it('finds Go server and client timeouts', () => {
    expect(
      matches(
        'a.go',
        '\tReadHeaderTimeout: 2 * time.Second,',
        'slo.go-server-timeout',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'IdleTimeout: 60 * time.Second,',
        'slo.go-server-timeout',
      ),
    ).toBe(false);
    expect(
      matches(
        'a.go',
        'c := &http.Client{Timeout: 5 * time.Second}',
        'slo.go-client-timeout',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'ctx, cancel := context.WithTimeout(ctx, time.Second)',
        'slo.go-client-timeout',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'ctx, cancel := context.WithCancel(ctx)',
        'slo.go-client-timeout',
      ),
    ).toBe(false);
  });

  it('finds timeouts in node, python, rust, java and config', () => {
    expect(
      matches(
        'a.ts',
        'fetch(url, { signal: AbortSignal.timeout(3_000) })',
        'slo.node-timeout',
      ),
    ).toBe(true);
    expect(
      matches('a.ts', '  requestTimeout: 15_000,', 'slo.node-timeout'),
    ).toBe(true);
    expect(
      matches('a.ts', 'const res = await fetch(url)', 'slo.node-timeout'),
    ).toBe(false);
    expect(
      matches(
        'a.py',
        'resp = httpx.get(url, timeout=5.0)',
        'slo.python-timeout',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.py',
        'await asyncio.wait_for(consumer, 20)',
        'slo.python-timeout',
      ),
    ).toBe(true);
    expect(matches('a.py', 'if timeout == 3:', 'slo.python-timeout')).toBe(
      false,
    );
    expect(
      matches(
        'a.rs',
        '.layer(TimeoutLayer::new(Duration::from_secs(3)))',
        'slo.rust-timeout',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.rs',
        'let client = reqwest::Client::new();',
        'slo.rust-timeout',
      ),
    ).toBe(false);
    expect(
      matches(
        'A.java',
        '.withConnectTimeout(Duration.ofMillis(500))',
        'slo.java-timeout',
      ),
    ).toBe(true);
    expect(
      matches('A.java', 'factory.setReadTimeout(3000);', 'slo.java-timeout'),
    ).toBe(true);
    expect(
      matches('A.java', 'return http.get().retrieve();', 'slo.java-timeout'),
    ).toBe(false);
    expect(
      matches(
        'application.yml',
        '      connection-timeout: 3000',
        'slo.timeout-setting',
      ),
    ).toBe(true);
    expect(
      matches(
        'application.yml',
        '      keep-alive: 30s',
        'slo.timeout-setting',
      ),
    ).toBe(false);
  });

  it('finds python requests calls for the multi-line timeout lookup', () => {
    expect(
      matches('app.py', '    r = requests.post(', 'slo.python-requests-call'),
    ).toBe(true);
    expect(
      matches('app.py', 'session.post(url)', 'slo.python-requests-call'),
    ).toBe(false);
  });

  it('finds outbound clients per ecosystem', () => {
    expect(
      matches(
        'a.go',
        'req, err := http.NewRequestWithContext(ctx, "GET", u, nil)',
        'slo.go-outbound-client',
      ),
    ).toBe(true);
    expect(
      matches('a.ts', "import axios from 'axios';", 'slo.node-outbound-client'),
    ).toBe(true);
    expect(
      matches(
        'a.ts',
        'const res = await fetch(`${base}/x`);',
        'slo.node-outbound-client',
      ),
    ).toBe(true);
    expect(
      matches('a.ts', 'await refetch();', 'slo.node-outbound-client'),
    ).toBe(false);
    expect(matches('a.py', 'import httpx', 'slo.python-outbound-client')).toBe(
      true,
    );
    expect(matches('a.py', 'import json', 'slo.python-outbound-client')).toBe(
      false,
    );
    expect(
      matches('a.rs', 'http: reqwest::Client,', 'slo.rust-outbound-client'),
    ).toBe(true);
    expect(
      matches(
        'A.java',
        'private final RestClient http;',
        'slo.java-outbound-client',
      ),
    ).toBe(true);
  });

  it('finds shutdown handling', () => {
    expect(
      matches(
        'a.go',
        'signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)',
        'slo.go-signal-notify',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)',
        'slo.go-sigterm',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'if err := srv.Shutdown(ctx); err != nil {',
        'slo.go-server-shutdown',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.rs',
        '.with_graceful_shutdown(shutdown_signal())',
        'slo.rust-graceful-shutdown',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.rs',
        'HttpServer::new(app).disable_signals()',
        'slo.rust-actix-disable-signals',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.ts',
        "process.on('SIGTERM', () => void shutdown());",
        'slo.node-sigterm',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.ts',
        "for (const s of ['SIGINT', 'SIGTERM']) process.on(s, stop);",
        'slo.node-sigterm',
      ),
    ).toBe(true);
    expect(
      matches('a.ts', "process.on('exit', stop);", 'slo.node-sigterm'),
    ).toBe(false);
    expect(
      matches(
        'a.py',
        'signal.signal(signal.SIGTERM, handle)',
        'slo.python-sigterm',
      ),
    ).toBe(true);
  });

  it('finds consumers and dead-letter handling', () => {
    expect(
      matches(
        'a.py',
        'resp = await sqs.receive_message(QueueUrl=q)',
        'slo.queue-consumer',
      ),
    ).toBe(true);
    expect(
      matches('A.java', '@RetryableTopic(attempts = "4")', 'slo.dead-letter'),
    ).toBe(true);
    expect(matches('A.java', '@DltHandler', 'slo.dead-letter')).toBe(true);
    expect(
      matches('sqs.tf', '  redrive_policy = jsonencode({', 'slo.dead-letter'),
    ).toBe(true);
    expect(
      matches('sqs.tf', '  name = "fraud-feedback-dlq"', 'slo.dead-letter'),
    ).toBe(true);
    expect(matches('app.yml', '    topic: orders.DLT', 'slo.dead-letter')).toBe(
      true,
    );
    expect(matches('app.yml', '    topic: orders', 'slo.dead-letter')).toBe(
      false,
    );
    expect(
      matches(
        'a.go',
        '// orders-dlq is created by terraform',
        'slo.dead-letter',
      ),
    ).toBe(false);
    expect(
      matches('lambda.tf', '    on_failure {', 'slo.dead-letter-destination'),
    ).toBe(true);
  });

  it('finds runtime tuning and delivery evidence', () => {
    expect(
      matches('a.go', 'debug.SetMemoryLimit(limit)', 'slo.go-memory-limit'),
    ).toBe(true);
    expect(
      matches('deploy.yaml', '  - name: GOMEMLIMIT', 'slo.gomemlimit-setting'),
    ).toBe(true);
    expect(
      matches(
        'deploy.yaml',
        '  - name: WEB_CONCURRENCY',
        'slo.python-workers-setting',
      ),
    ).toBe(true);
    expect(
      matches('gunicorn.conf.py', 'workers = 4', 'slo.python-workers-setting'),
    ).toBe(true);
    expect(
      matches('load/x.js', "import http from 'k6/http';", 'slo.k6-script'),
    ).toBe(true);
    expect(matches('rollout.yaml', 'kind: Rollout', 'slo.argo-rollout')).toBe(
      true,
    );
    expect(matches('rollout.yaml', 'kind: RolloutX', 'slo.argo-rollout')).toBe(
      false,
    );
    expect(
      matches('rollout.yaml', '    blueGreen:', 'slo.rollout-strategy'),
    ).toBe(true);
    expect(matches('canary.yaml', 'kind: Canary', 'slo.flagger-canary')).toBe(
      true,
    );
    expect(
      matches(
        'cd.tf',
        '  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"',
        'slo.codedeploy-canary',
      ),
    ).toBe(true);
  });
});
