import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { DecisionContent } from '@stackscore/plugin-stackscore-common';
import { DecisionMarkdown } from './DecisionMarkdown';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box mb={3}>
      <Typography variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Items({
  items,
  prefix = '',
  empty,
  label,
}: {
  items: string[];
  prefix?: string;
  empty: string;
  label: string;
}) {
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Box component="ul" m={0} pl={2.5} aria-label={label}>
      {items.map((item, i) => (
        <li key={i}>
          <Typography variant="body2">
            {prefix}
            {item}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

/**
 * The written part of a decision record in MADR order: context, drivers, considered options with their pros
 * and cons, the outcome with the chosen option, and consequences. Shared by the record's page and the
 * editor's live preview, so what authors preview is what readers get.
 *
 * @internal
 */
export function DecisionSections({
  content,
}: {
  content: Pick<
    DecisionContent,
    | 'context'
    | 'drivers'
    | 'options'
    | 'outcome'
    | 'chosenOption'
    | 'consequences'
  >;
}) {
  return (
    <>
      <Section title="Context and problem statement">
        <DecisionMarkdown text={content.context} />
      </Section>
      <Section title="Decision drivers">
        <Items
          items={content.drivers}
          empty="No drivers listed."
          label="Decision drivers"
        />
      </Section>
      <Section title="Considered options">
        {content.options.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No options listed.
          </Typography>
        ) : (
          content.options.map((option, i) => (
            <Box key={i} mb={2}>
              <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                <Typography variant="subtitle1" component="h4">
                  {option.title || `Option ${i + 1}`}
                </Typography>
                {content.chosenOption !== undefined &&
                  option.title === content.chosenOption && (
                    <Chip size="small" color="primary" label="chosen" />
                  )}
              </Box>
              {option.description && (
                <DecisionMarkdown text={option.description} />
              )}
              <Items
                items={option.pros}
                prefix="Good, because "
                empty="No arguments for it listed."
                label={`Pros of ${option.title}`}
              />
              <Items
                items={option.cons}
                prefix="Bad, because "
                empty="No arguments against it listed."
                label={`Cons of ${option.title}`}
              />
            </Box>
          ))
        )}
      </Section>
      <Section title="Decision outcome">
        {content.chosenOption && (
          <Typography variant="body2" paragraph>
            Chosen option: <strong>{content.chosenOption}</strong>
          </Typography>
        )}
        <DecisionMarkdown text={content.outcome} />
      </Section>
      <Section title="Consequences">
        <DecisionMarkdown text={content.consequences} />
      </Section>
    </>
  );
}
