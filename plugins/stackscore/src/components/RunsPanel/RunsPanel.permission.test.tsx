import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stackscoreApiRef } from '../../api';
import { fakeApi } from '../shared/testData';
import { run } from '../StackscorePage/testData';
import { RunsPanel } from './RunsPanel';

// usePermission caches decisions for the whole test file, so the denied case lives in a file of its own.
describe('RunsPanel without the run permission', () => {
  it('disables Start run and says why', async () => {
    const startRun = jest.fn();
    const authorize = jest.fn(async () => ({ result: AuthorizeResult.DENY }));
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            stackscoreApiRef,
            fakeApi({ listRuns: async () => ({ items: [run()] }), startRun }),
          ],
          [permissionApiRef, { authorize }],
        ]}
      >
        <RunsPanel />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(
        'Starting a run needs the stackscore.run.create permission.',
      ),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Start run' });
    expect(button).toBeDisabled();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: expect.objectContaining({ name: 'stackscore.run.create' }),
      }),
    );

    // The tooltip on the wrapper tells the same.
    await userEvent.hover(button.parentElement!);
    expect(
      await screen.findByRole('tooltip', {
        name: 'Starting a run needs the stackscore.run.create permission.',
      }),
    ).toBeInTheDocument();
    expect(startRun).not.toHaveBeenCalled();
    // The runs stay readable.
    expect(screen.getByText('14 / 14')).toBeInTheDocument();
  });
});
