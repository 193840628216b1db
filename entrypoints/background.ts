import { defineBackground } from 'wxt/utils/define-background';
import { registerReader } from '../utils/reader/background';
import { registerLibrary } from '../utils/library/background';

// The background only wires features together; each feature registers its own listeners
// synchronously at start-up (MV3: listeners must exist before the worker's first event).
export default defineBackground(() => {
  registerReader();
  registerLibrary();
});
