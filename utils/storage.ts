/**
 * Every storage item Honbun uses, in one module (WXT `storage.defineItem` with versions and
 * migrations). Add items here with a short comment; never define storage keys elsewhere.
 */
import { storage } from 'wxt/utils/storage';

export {storage};
