/**
 * Starts many requests of one transaction and waits for all. If one throws at once (a full disk can), the ones
 * already started are marked handled before the error goes up: the abort that follows rejects them all, and
 * those rejections must not surface as unhandled.
 */
export function batch<T>(ops: Iterable<() => Promise<T>>): Promise<T[]> {
  const started: Promise<T>[] = [];
  try {
    for (const op of ops) started.push(op());
  } catch (e) {
    for (const p of started) p.catch(() => {});
    return Promise.reject(e);
  }
  return Promise.all(started);
}
