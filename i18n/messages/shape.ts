/**
 * The shape every language's texts have: the same keys as the English texts, any strings. A
 * translation typed with it fails the typecheck when a key is missing or extra.
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
