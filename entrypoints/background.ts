import { defineBackground } from 'wxt/utils/define-background';

// The background only wires features together; each feature registers its own listeners.
export default defineBackground(() => {});
