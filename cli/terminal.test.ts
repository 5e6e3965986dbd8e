import { describe, expect, it } from 'vitest';
import { escapeForTerminal, escapeJsonForTerminal, oneLine } from './terminal';

describe('escapeForTerminal', () => {
  it('should show control sequences as escapes, keeping lines and tabs', () => {
    expect(escapeForTerminal('a\x1b]0;pwned\x07b\x1b[2Jc\td\ne')).toBe(
      'a\\x1b]0;pwned\\x07b\\x1b[2Jc\td\ne',
    );
    expect(escapeForTerminal('C1 \u009b31m, DEL \x7f, bidi \u202e, sep \u2028.')).toBe(
      'C1 \\x9b31m, DEL \\x7f, bidi \\u202e, sep \\u2028.',
    );
    expect(escapeForTerminal('Café “news” – مرحبا, C:\\path')).toBe(
      'Café “news” – مرحبا, C:\\path',
    );
  });
});

describe('oneLine', () => {
  it('should escape line breaks too, so that a file name cannot forge a line', () => {
    expect(oneLine('a.txt\nerror: forged\r\nx\ry')).toBe('a.txt\\nerror: forged\\r\\nx\\ry');
  });
});

describe('escapeJsonForTerminal', () => {
  it('should give the same JSON value without raw terminal controls', () => {
    const value = { text: 'a\u009b2J\u202e\x7f\u2029b', n: 1 };
    const json = escapeJsonForTerminal(JSON.stringify(value));
    expect(json).not.toMatch(/[\u007f-\u009f\u202e\u2029]/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});
