/** Orders by path in UTF-16 code unit order: the same on every machine, whatever the locale. */
export const byPath = <T extends { readonly path: string }>(a: T, b: T): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0
