/**
 * The shape another language's strings must have: the keys of the Vietnamese reference, string
 * values — and, beside every plural key `x_other`, its singular `x_one`. Vietnamese has a single
 * plural form (Intl.PluralRules('vi') knows only "other", so i18next asks only for `x_other`), and
 * English needs two ("1 agreement", "2 agreements"). See docs/glossary.md.
 */
type Singulars<T> = { [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]: string };

export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & Singulars<T>;
