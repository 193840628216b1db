import { expect, test } from 'vitest';
import { useExtension } from './helpers/extension';

// Chromium silently leaves some suggested keys unassigned (e.g. Alt+Shift+R): prove ours is taken.
const session = useExtension({});

test('the toggle-reader command gets its suggested shortcut', async () => {
  const sw = await session.serviceWorker();
  const commands = await sw.evaluate(() => chrome.commands.getAll());
  const toggle = commands.find((c) => c.name === 'toggle-reader');
  expect(toggle?.shortcut).toBe('Alt+Shift+K');
});
