/** The shape of a French text module with every text a string: an English module of this type has exactly its keys. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
