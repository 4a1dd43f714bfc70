import { compareText } from '../core/order.js'

/** Orders by path in UTF-16 code unit order: the same on every machine, whatever the locale. */
export const byPath = <T extends { readonly path: string }>(a: T, b: T): number => compareText(a.path, b.path)
