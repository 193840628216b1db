/**
 * Saved photos in IndexedDB, in the extension's own origin (issue #13): one object store keyed by
 * [article id, image URL], so an article's photos are one key range. storage.local keeps the
 * records; this keeps the bytes (storage.local is JSON: a photo there would cost a third more as
 * base64 and be re-read with every record). Only the background's queue writes; pages read.
 */

const DB_NAME = 'honbun-images';
const DB_VERSION = 1;
const STORE = 'images';

export interface StoredImage {
  url: string;
  blob: Blob;
  width: number;
  height: number;
}

/** What is kept per image: the bytes and their size (the article id and URL are the key). */
interface Row {
  blob: Blob;
  width: number;
  height: number;
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      const db = req.result;
      // another context upgrading the database closes this handle: open again next time
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      ok(db);
    };
    req.onerror = () => fail(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => fail(new Error('IndexedDB open blocked'));
  }).catch((err) => {
    opening = null;
    throw err;
  });
  return opening;
}

/** The key range of one article's photos: [id] sorts before [id, url] sorts before [id, []]. */
const rangeOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onabort = () => fail(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => fail(tx.error ?? new Error('transaction failed'));
  });
}

/** Replaces an article's photos with `images` in one transaction (all or nothing). */
export async function putArticleImages(id: string, images: StoredImage[]): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  store.delete(rangeOf(id));
  for (const im of images) store.put({ blob: im.blob, width: im.width, height: im.height } satisfies Row, [id, im.url]);
  await done(tx);
}

/** An article's photos by URL. */
export async function loadArticleImages(id: string): Promise<Map<string, StoredImage>> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readonly');
  const out = new Map<string, StoredImage>();
  const req = tx.objectStore(STORE).openCursor(rangeOf(id));
  req.onsuccess = () => {
    const c = req.result;
    if (!c) return;
    const url = (c.key as [string, string])[1];
    const row = c.value as Row;
    out.set(url, { url, blob: row.blob, width: row.width, height: row.height });
    c.continue();
  };
  await done(tx);
  return out;
}

export async function deleteArticleImages(ids: string[]): Promise<void> {
  if (!ids.length) return;
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  for (const id of ids) tx.objectStore(STORE).delete(rangeOf(id));
  await done(tx);
}

/** Bytes of all stored photos (for the library page's storage figure and the bench). */
export async function storedImageBytes(): Promise<number> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readonly');
  let total = 0;
  const req = tx.objectStore(STORE).openCursor();
  req.onsuccess = () => {
    const c = req.result;
    if (!c) return;
    total += (c.value as Row).blob.size;
    c.continue();
  };
  await done(tx);
  return total;
}

/** Quota errors of IndexedDB (Chrome: QuotaExceededError; Firefox the same name). */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? err));
}
