// @vitest-environment jsdom
/**
 * One DOMPurify instance per window, made once and reused (creating one parses a config and
 * runs the self-test; per call it would cost more than the sanitizing itself).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';

const factory = vi.hoisted(() => ({ calls: 0 }));

vi.mock('dompurify', async (importOriginal) => {
  const real = (await importOriginal<typeof import('dompurify')>()).default;
  const counted = ((root?: Parameters<typeof real>[0]) => {
    factory.calls++;
    return real(root);
  }) as typeof real;
  return { default: counted };
});

const { sanitizeArticleHtml } = await import('../../../utils/sanitize/sanitize');

type Win = Parameters<typeof sanitizeArticleHtml>[1]['window'];

describe('DOMPurify instances', () => {
  it('creates one instance per window and reuses it', () => {
    const other = new JSDOM('').window as unknown as Win;
    for (let i = 0; i < 5; i++) sanitizeArticleHtml('<p>x</p>', { window, baseUrl: null });
    expect(factory.calls).toBe(1);
    for (let i = 0; i < 5; i++) sanitizeArticleHtml('<p>x</p>', { window: other, baseUrl: null });
    expect(factory.calls).toBe(2);
  });
});
