import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { workflow } from './testing';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

describe('supply-chain.sbom', () => {
  const id = 'supply-chain.sbom';

  it.each([
    [{ uses: 'anchore/sbom-action@v0' }],
    ['syft dir:. -o cyclonedx-json'],
    ['trivy image --format cyclonedx app:ci'],
    ['cargo cyclonedx --format json'],
    [{ uses: 'docker/build-push-action@v6', with: { sbom: 'true' } }],
  ])('passes %j', spec => {
    expect(run(id, serviceFacts({ ci: [workflow([spec])] })).status).toBe(
      'pass',
    );
  });

  it('passes the CycloneDX Maven plugin', () => {
    const java = module({
      ecosystem: 'java',
      settings: { plugins: { 'cyclonedx-maven-plugin': {} } },
    });
    expect(run(id, serviceFacts({ modules: [java] })).status).toBe('pass');
  });

  it('fails without SBOM generation', () => {
    expect(
      run(id, serviceFacts({ ci: [workflow(['docker build .'])] })).status,
    ).toBe('fail');
  });
});

describe('supply-chain.signed-provenance', () => {
  const id = 'supply-chain.signed-provenance';

  it('passes cosign sign, attest-build-provenance and provenance: mode=max', () => {
    expect(
      run(
        id,
        serviceFacts({
          ci: [
            workflow([
              { uses: 'sigstore/cosign-installer@v3' },
              'cosign sign --yes img@sha256:abc',
            ]),
          ],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          ci: [workflow([{ uses: 'actions/attest-build-provenance@v2' }])],
        }),
      ).status,
    ).toBe('pass');
    const buildPush = {
      uses: 'docker/build-push-action@v6',
      with: { provenance: 'mode=max' },
    };
    expect(run(id, serviceFacts({ ci: [workflow([buildPush])] })).status).toBe(
      'pass',
    );
  });

  it('fails an installed but unused cosign', () => {
    const outcome = run(
      id,
      serviceFacts({
        ci: [workflow([{ uses: 'sigstore/cosign-installer@v3' }])],
      }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      evidence: [{ message: expect.stringContaining('cosign sign') }],
    });
  });
});
