const assert = require('assert');

describe('discount maths', () => {
  it('applies a percentage', () => {
    assert.strictEqual((200 * 10) / 100, 20);
  });
});
