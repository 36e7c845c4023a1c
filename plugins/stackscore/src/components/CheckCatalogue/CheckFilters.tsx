import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  CheckDefinition,
  CheckLevel,
  ScorecardId,
  checkLevels,
  scorecards,
} from '@stackscore/plugin-stackscore-common';
import type { CheckFilter } from './filterChecks';

/**
 * The catalogue browser's filters: a chip per scorecard (with its number of checks), a level select and a
 * search over ids and titles.
 *
 * @internal
 */
export function CheckFilters({
  checks,
  filter,
  onChange,
}: {
  checks: readonly CheckDefinition[];
  filter: CheckFilter;
  onChange: (filter: CheckFilter) => void;
}) {
  const countOf = (id?: ScorecardId) =>
    id ? checks.filter(c => c.scorecard === id).length : checks.length;
  const scorecardChip = (id: ScorecardId | undefined, title: string) => {
    const selected = filter.scorecard === id;
    return (
      <Chip
        key={id ?? 'all'}
        label={`${title} (${countOf(id)})`}
        color={selected ? 'primary' : 'default'}
        variant={selected ? 'default' : 'outlined'}
        aria-pressed={selected}
        onClick={() => onChange({ ...filter, scorecard: id })}
      />
    );
  };
  return (
    <Box display="flex" flexDirection="column" gridGap={16} mb={2}>
      <Box
        display="flex"
        flexWrap="wrap"
        gridGap={8}
        role="group"
        aria-label="Scorecard"
      >
        {scorecardChip(undefined, 'All scorecards')}
        {scorecards.map(s => scorecardChip(s.id, s.title))}
      </Box>
      <Box display="flex" flexWrap="wrap" gridGap={16}>
        <TextField
          select
          id="stackscore-check-level"
          label="Level"
          SelectProps={{ labelId: 'stackscore-check-level-label' }}
          InputLabelProps={{ id: 'stackscore-check-level-label' }}
          variant="outlined"
          size="small"
          style={{ minWidth: 160 }}
          value={filter.level ?? ''}
          onChange={event =>
            onChange({
              ...filter,
              level: (event.target.value as CheckLevel) || undefined,
            })
          }
        >
          <MenuItem value="">All levels</MenuItem>
          {checkLevels.map(level => (
            <MenuItem key={level} value={level}>
              {level}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          id="stackscore-check-search"
          label="Search id or title"
          variant="outlined"
          size="small"
          type="search"
          style={{ minWidth: 280 }}
          value={filter.text ?? ''}
          onChange={event => onChange({ ...filter, text: event.target.value })}
        />
      </Box>
    </Box>
  );
}
