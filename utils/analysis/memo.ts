/**
 * `f` answering each key once: for pure lookups the rules repeat sentence after sentence (the
 * same names, hosts, candidate subjects). Bounded, as a hostile page can name thousands.
 */
export const memo = <T>(f: (key: string) => T) => {
  const m = new Map<string, T>();
  return (key: string): T => {
    // (one lookup on a hit: has() then get() was two, on the hottest lookups of the analysis)
    let v = m.get(key);
    if (v === undefined && !m.has(key)) {
      if (m.size > 2000) m.clear();
      m.set(key, (v = f(key)));
    }
    return v!;
  };
};
