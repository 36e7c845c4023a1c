import { useEffect, useRef } from 'react';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  CheckDefinition,
  CheckSeverity,
  getScorecard,
} from '@stackscore/plugin-stackscore-common';
import { LevelBadge } from '../shared/levels';
import { CheckDetails } from './CheckDetails';

const severityColours: Record<CheckSeverity, string> = {
  critical: '#b71c1c',
  high: '#e65100',
  medium: '#f9a825',
  low: '#757575',
};

/**
 * One check of the catalogue as a row that opens on its details. The details are unmounted while closed
 * so "who fails it" is only requested for checks somebody opens.
 *
 * @internal
 */
export function CheckItem({
  check,
  open,
  scrollTo = false,
  onToggle,
}: {
  check: CheckDefinition;
  open: boolean;
  /** Bring the row into view once mounted, for a check opened from a link. */
  scrollTo?: boolean;
  onToggle: (open: boolean) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; browsers do.
    if (scrollTo) element.current?.scrollIntoView?.({ block: 'start' });
  }, [scrollTo]);

  return (
    <Accordion
      ref={element}
      expanded={open}
      onChange={(_event, expanded) => onToggle(expanded)}
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`check-${check.id}-details`}
        id={`check-${check.id}`}
      >
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          gridGap={12}
          width="100%"
        >
          <LevelBadge level={check.level} />
          <Box flexGrow={1} minWidth={240}>
            <Typography variant="subtitle2">{check.title}</Typography>
            <Typography variant="caption" color="textSecondary">
              {check.id} ·{' '}
              {getScorecard(check.scorecard)?.title ?? check.scorecard}
            </Typography>
          </Box>
          {check.runtime && (
            <Chip size="small" variant="outlined" label="runtime" />
          )}
          <Chip
            size="small"
            label={check.severity}
            style={{
              backgroundColor: severityColours[check.severity],
              color: '#fff',
            }}
          />
        </Box>
      </AccordionSummary>
      <AccordionDetails id={`check-${check.id}-details`}>
        <CheckDetails check={check} />
      </AccordionDetails>
    </Accordion>
  );
}
