/**
 * `f` answering each key once: for pure lookups the rules repeat sentence after sentence (the
 * same names, hosts, candidate subjects). Bounded, as a hostile page can name thousands.
 */
export const memo = <T>(f: (key: string) => T) => {
  const m = new Map<string, T>();
  return (key: string): T => {
    if (!m.has(key)) {
      if (m.size > 2000) m.clear();
      m.set(key, f(key));
    }
    return m.get(key)!;
  };
};
