import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeHtml } from './SafeHtml';

describe('SafeHtml', () => {
  it('removes scripts and event handlers', () => {
    const { container } = render(<SafeHtml html={'<p onclick="steal()">Mug<script>steal()</script></p>'} />);
    expect(container.innerHTML).toBe('<div><p>Mug</p></div>');
  });
});
