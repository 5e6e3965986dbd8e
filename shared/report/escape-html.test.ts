import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('should escape the five HTML special characters', () => {
    expect(escapeHtml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &#39;');
  });

  it('should turn markup into inert text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`<img src=x onerror='alert(1)'>`)).toBe(
      '&lt;img src=x onerror=&#39;alert(1)&#39;&gt;',
    );
  });

  it('should escape an ampersand that already looks like an entity', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('should leave other text, line breaks and non-ASCII untouched', () => {
    const text = 'Khan said: “Exactly this.”\n\nNo-break\u00a0space, emoji 🙂, café';
    expect(escapeHtml(text)).toBe(text);
    expect(escapeHtml('')).toBe('');
  });

  it('should never leave a raw special character behind', () => {
    let all = '';
    for (let c = 0; c < 256; c++) {
      all += String.fromCharCode(c);
    }
    expect(escapeHtml(all)).not.toMatch(/[<>"']/);
    expect(escapeHtml(all).replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  });
});
