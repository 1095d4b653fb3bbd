/** A record's own entry for `key`: a key such as `constructor` or `__proto__` is data here, never a member of Object. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
