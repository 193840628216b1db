import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only; features live in utils/.
});
