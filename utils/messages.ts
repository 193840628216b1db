/**
 * Every message between background, content scripts, popup and extension pages: one union of
 * the features' own (each declares its messages beside its code). Add a message there.
 */
import type { LibraryMessage } from './library/messages';
import type { ReaderMessage } from './reader/messages';

export type Message = ReaderMessage | LibraryMessage;
export type MessageType = Message['type'];
