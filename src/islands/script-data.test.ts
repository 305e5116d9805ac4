import { describe, expect, it } from 'vitest';
import { jsonForScript } from './script-data';

describe('jsonForScript', () => {
  it('escapes < so the data cannot close its script element, and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script>', text: 'a < b' };
    const json = jsonForScript(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});
