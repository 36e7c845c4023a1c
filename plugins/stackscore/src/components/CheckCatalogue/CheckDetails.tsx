import type { ReactNode } from 'react';
import { CodeSnippet } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CheckDefinition } from '@stackscore/plugin-stackscore-common';
import { citation } from '../shared/guidance';
import { LinkedDecisions } from '../shared/LinkedDecisions';
import { FailingEntities } from './FailingEntities';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box mb={2}>
      <Typography variant="overline" component="h4">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Typography variant="body2">
      <strong>{label}:</strong> {value}
    </Typography>
  );
}

/**
 * Everything the catalogue says about a check — what it verifies, where it applies, how to fix it and the
 * guidance behind it — the decision records linked to it, and which entities fail it now.
 *
 * @internal
 */
export function CheckDetails({ check }: { check: CheckDefinition }) {
  const { applicability, remediation } = check;
  return (
    <Box width="100%">
      <Typography variant="body2" paragraph>
        {check.description}
      </Typography>
      <Section title="Applies to">
        <Fact
          label="Ecosystems"
          value={
            applicability.ecosystems === 'any'
              ? 'any'
              : applicability.ecosystems.join(', ')
          }
        />
        <Fact label="Kinds" value={applicability.kinds.join(', ')} />
        <Fact
          label="Types"
          value={applicability.types?.join(', ') ?? 'every type'}
        />
        {applicability.excludedLifecycles &&
          applicability.excludedLifecycles.length > 0 && (
            <Fact
              label="Skipped for lifecycles"
              value={applicability.excludedLifecycles.join(', ')}
            />
          )}
        {applicability.precondition && (
          <Fact label="Only when" value={applicability.precondition} />
        )}
        <Fact
          label="Runtime check"
          value={
            check.runtime
              ? 'yes — judged on server code only'
              : 'no — judged on every applicable repository'
          }
        />
      </Section>
      <Section title="How to fix">
        <Typography variant="body2">{remediation.summary}</Typography>
        {remediation.steps && remediation.steps.length > 0 && (
          <ol>
            {remediation.steps.map((step, index) => (
              <li key={index}>
                <Typography variant="body2">{step}</Typography>
              </li>
            ))}
          </ol>
        )}
        {remediation.example && (
          <CodeSnippet
            language={remediation.example.language}
            text={remediation.example.code}
            showCopyCodeButton
          />
        )}
      </Section>
      <Section title="Guidance">
        {check.references.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            This check cites no guidance document.
          </Typography>
        ) : (
          <ul style={{ margin: 0 }}>
            {check.references.map(reference => (
              <li key={`${reference.document}/${reference.section}`}>
                <Typography variant="body2">{citation(reference)}</Typography>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Decisions">
        <LinkedDecisions
          filter={{ check: check.id }}
          label={`Decisions linked to ${check.title}`}
          empty="No decision record links to this check."
        />
      </Section>
      <Section title="Who fails it">
        <FailingEntities checkId={check.id} />
      </Section>
    </Box>
  );
}
