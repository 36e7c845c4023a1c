import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DecisionMarkdown, safeLinkUri } from './DecisionMarkdown';

const hostile = [
  'Before <img src=x onerror=alert(1)> after.',
  '',
  '[click me](javascript:alert(1)) and [tabbed](java\tscript:alert(2)) and [upper](JAVASCRIPT:alert(3))',
  '',
  '<a href="javascript:alert(4)" onclick="alert(5)">raw link</a> <script>alert(6)</script>',
  '',
  '<svg onload=alert(7)><circle r=1 /></svg> <iframe src="javascript:alert(8)"></iframe>',
  '',
  '![pic](javascript:alert(9)) [safe](https://example.com/adr) [relative](../radar?entry=go)',
].join('\n');

/** Every attribute of every element under `root`, as `name=value`. */
function attributes(root: Element): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap(element =>
    Array.from(element.attributes).map(a => `${a.name}=${a.value}`),
  );
}

describe('DecisionMarkdown', () => {
  it('renders hostile markdown inert: no event handlers, scripts or javascript: links', async () => {
    const { container } = await renderInTestApp(
      <DecisionMarkdown text={hostile} />,
    );
    expect(await screen.findByText(/Before/)).toBeInTheDocument();

    expect(container.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(container.querySelectorAll('script, iframe')).toHaveLength(0);
    expect(
      attributes(container).filter(attribute => /^on/i.test(attribute)),
    ).toEqual([]);
    const hrefs = Array.from(container.querySelectorAll('a')).map(
      a => a.getAttribute('href') ?? '',
    );
    expect(hrefs.filter(href => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(
      Array.from(container.querySelectorAll('[src]')).filter(element =>
        /javascript:/i.test(element.getAttribute('src') ?? ''),
      ),
    ).toEqual([]);

    // The link texts stay readable; safe links keep their targets.
    const text = screen.getByText(/click me/);
    expect(text.closest('a')).toBeNull();
    expect(
      screen.queryByRole('link', { name: /click me|upper|raw link/ }),
    ).toBeNull();
    expect(screen.getByRole('link', { name: /^safe/ })).toHaveAttribute(
      'href',
      'https://example.com/adr',
    );
    // Relative links resolve against the page, as any link in the app does.
    expect(screen.getByRole('link', { name: 'relative' })).toHaveAttribute(
      'href',
      '/radar?entry=go',
    );
  });

  it('says so when there is nothing to show', async () => {
    await renderInTestApp(<DecisionMarkdown text="  " />);
    expect(screen.getByText('Not written yet.')).toBeInTheDocument();
  });
});

/** A script URL with the scheme spelled as given, built so linters do not mistake the test data for code. */
const scriptUrl = (scheme: string) => `${scheme}:alert(1)`;

describe('safeLinkUri', () => {
  it.each([
    scriptUrl('javascript'),
    ` ${scriptUrl('javascript')}`,
    scriptUrl('java\nscript'),
    scriptUrl('JaVaScRiPt'),
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('drops %j', uri => {
    expect(safeLinkUri(uri)).toBe('');
  });

  it.each([
    'https://example.com',
    'http://example.com',
    'mailto:team@example.com',
    '/stackscore/radar',
    '../checks?check=a.b',
    '#context',
  ])('keeps %j', uri => {
    expect(safeLinkUri(uri)).toBe(uri);
  });
});
