import { memo } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { FormProblem, OptionForm, blankOption } from './form';
import { problemAt } from './fields';

/**
 * Changes the options from their current value; stable across renders, so typing in one option re-renders
 * only that option.
 *
 * @internal
 */
export type UpdateOptions = (
  update: (options: OptionForm[]) => OptionForm[],
) => void;

function OptionRowFields({
  index,
  option,
  onChange,
  titleProblem,
  prosProblem,
  consProblem,
}: {
  index: number;
  option: OptionForm;
  onChange: UpdateOptions;
  titleProblem?: string;
  prosProblem?: string;
  consProblem?: string;
}) {
  const n = index + 1;
  const update = (changes: Partial<OptionForm>) =>
    onChange(options =>
      options.map((o, i) => (i === index ? { ...o, ...changes } : o)),
    );
  return (
    <Paper variant="outlined" style={{ marginTop: 8 }}>
      <Box p={2}>
        <Box display="flex" alignItems="center">
          <TextField
            id={`stackscore-decision-${option.key}-title`}
            label={`Option ${n} name`}
            value={option.title}
            onChange={event => update({ title: event.target.value })}
            error={Boolean(titleProblem)}
            helperText={titleProblem}
            fullWidth
          />
          <IconButton
            aria-label={`Remove option ${n}`}
            onClick={() =>
              onChange(options => options.filter((_, i) => i !== index))
            }
          >
            <DeleteIcon />
          </IconButton>
        </Box>
        <TextField
          id={`stackscore-decision-${option.key}-description`}
          label={`Option ${n} description`}
          value={option.description}
          onChange={event => update({ description: event.target.value })}
          helperText="Markdown, optional"
          multiline
          minRows={2}
          fullWidth
          margin="dense"
        />
        <Grid container spacing={2}>
          <Grid item xs={12} md={6}>
            <TextField
              id={`stackscore-decision-${option.key}-pros`}
              label={`Option ${n} pros`}
              value={option.pros}
              onChange={event => update({ pros: event.target.value })}
              error={Boolean(prosProblem)}
              helperText={prosProblem ?? 'Good, because … — one per line'}
              multiline
              minRows={2}
              fullWidth
              margin="dense"
            />
          </Grid>
          <Grid item xs={12} md={6}>
            <TextField
              id={`stackscore-decision-${option.key}-cons`}
              label={`Option ${n} cons`}
              value={option.cons}
              onChange={event => update({ cons: event.target.value })}
              error={Boolean(consProblem)}
              helperText={consProblem ?? 'Bad, because … — one per line'}
              multiline
              minRows={2}
              fullWidth
              margin="dense"
            />
          </Grid>
        </Grid>
      </Box>
    </Paper>
  );
}

const OptionRow = memo(OptionRowFields);

/**
 * The considered options: each with a name (its title in the record), a markdown description and its pros
 * and cons one per line. Fields are named by the option's position ("Option 2 name") and never contain the
 * word "title", so a search for the record's Title field (browser tests match names by substring) finds
 * exactly one.
 *
 * @internal
 */
export function OptionFields({
  options,
  onChange,
  problems,
}: {
  options: OptionForm[];
  onChange: UpdateOptions;
  problems: FormProblem[];
}) {
  return (
    <Box mt={2}>
      <Typography variant="subtitle1" component="h3">
        Considered options
      </Typography>
      {options.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No options yet. Pick a template or add the options you weighed.
        </Typography>
      )}
      {options.map((option, i) => (
        <OptionRow
          key={option.key}
          index={i}
          option={option}
          onChange={onChange}
          titleProblem={problemAt(problems, `options.${i}.title`)}
          prosProblem={problemAt(problems, `options.${i}.pros`)}
          consProblem={problemAt(problems, `options.${i}.cons`)}
        />
      ))}
      <Box mt={1}>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => onChange(current => [...current, blankOption()])}
        >
          Add option
        </Button>
      </Box>
    </Box>
  );
}
