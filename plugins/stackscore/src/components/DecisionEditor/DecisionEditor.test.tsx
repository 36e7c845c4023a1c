import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../shared/testData';
import { orgRadar, responseError } from '../shared/radarTestData';
import { decision } from '../shared/decisionTestData';
import { renderDecisions } from '../shared/__testUtils__/renderDecisions';
import { DecisionEditor } from './DecisionEditor';
import { blankDecision } from './form';

// Drives the whole editor through many interactions; typing into MUI text areas is slow under jsdom on a busy runner.
jest.setTimeout(60_000);

function render(overrides: Parameters<typeof fakeApi>[0], onSaved = jest.fn()) {
  const api = fakeApi({ getRadar: async () => orgRadar, ...overrides });
  return renderDecisions(
    api,
    '/editor',
    <DecisionEditor
      mode="create"
      initial={blankDecision({ entities: [] })}
      onSaved={onSaved}
      onCancel={jest.fn()}
    />,
    '/editor',
  );
}

describe('DecisionEditor', () => {
  it('writes options, links radar entries and checks by name, and previews as it goes', async () => {
    const createDecision = jest.fn(async () => decision());
    const onSaved = jest.fn();
    await render({ createDecision }, onSaved);

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Title' }),
      'Pick a queue',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add option' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add option' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Option 1 name' }),
      'Kafka',
    );
    // Longer text is pasted: every keystroke re-renders MUI's auto-sizing text areas, slow under jsdom.
    await userEvent.click(
      screen.getByRole('textbox', { name: 'Option 1 pros' }),
    );
    await userEvent.paste('replay\nordering');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Option 2 name' }),
      'SQS',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Chosen option' }),
      'SQS',
    );
    // Removing the chosen option un-chooses it.
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove option 2' }),
    );
    expect(screen.getByRole('combobox', { name: 'Chosen option' })).toHaveValue(
      '',
    );

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Radar entries' }),
      'Ru',
    );
    await userEvent.click(await screen.findByRole('option', { name: 'Rust' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Checks' }),
      'root',
    );
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Containers run as a non-root user (security.container-non-root)',
      }),
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Tags' }));
    await userEvent.paste('messaging, event-driven');

    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(
      await within(preview).findByRole('list', { name: 'Pros of Kafka' }),
    ).toHaveTextContent('Good, because replayGood, because ordering');
    expect(preview).toHaveTextContent('Pick a queue');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(decision()));
    expect(createDecision).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Pick a queue',
        options: [{ title: 'Kafka', pros: ['replay', 'ordering'], cons: [] }],
        links: {
          radarEntries: ['rust'],
          checks: ['security.container-non-root'],
        },
        tags: ['messaging', 'event-driven'],
      }),
    );
    expect(createDecision.mock.calls[0]).not.toHaveProperty('0.chosenOption');
  });

  it('says when the backend refuses the write', async () => {
    const createDecision = jest.fn(async () => {
      throw await responseError(
        403,
        'NotAllowedError',
        'Not allowed to create decisions',
      );
    });
    await render({ createDecision });
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'A');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('You are not allowed to do this'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Not allowed to create decisions'),
    ).toBeInTheDocument();
  });

  it('keeps working when the radar cannot be read', async () => {
    await render({
      getRadar: async () => {
        throw new Error('radar down');
      },
    });
    expect(
      await screen.findByText('Could not load the radar: radar down'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});
