/**
 * Vitest setup for every unit file. Preact runs hooks' effects after the next paint: a
 * requestAnimationFrame raced with a 35 ms timeout, whose callback calls cancelAnimationFrame.
 * When a jsdom file ends with such a callback pending, it fires after jsdom is torn down and
 * throws "cancelAnimationFrame is not defined", an unhandled error that fails the whole run
 * though every test passed (seen once in row-menu.test.tsx). Let it fire while the DOM exists.
 */
import { afterAll } from 'vitest';

afterAll(async () => {
  if (typeof window === 'undefined' || typeof window.cancelAnimationFrame !== 'function') return;
  await new Promise((resolve) => setTimeout(resolve, 150));
});
