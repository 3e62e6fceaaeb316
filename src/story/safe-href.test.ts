import {describe, expect, it} from 'vitest';
import {isSafeHref} from './safe-href.ts';

describe('isSafeHref', () => {
  it('allows https addresses and step links', () => {
    expect(isSafeHref('https://example.org/a?b=1')).toBe(true);
    expect(isSafeHref('#changgan-hsr')).toBe(true);
  });

  it('refuses script, data and plain-http links, and tricks with spaces or case', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org', 'vbscript:x', '//evil.example', 'https://a b']) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});
