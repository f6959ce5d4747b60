import { en } from "./locales/en";
import { lv } from "./locales/lv";
import { et } from "./locales/et";
import { cs } from "./locales/cs";
import { fa } from "./locales/fa";
import type { UiLanguage } from "./languages";

/** A catalogue: nested objects of strings. Plural keys carry i18next's `_zero`/`_one`/`_few`/… suffixes. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

export const CATALOGUES: Record<UiLanguage, Catalogue> = { en, lv, et, cs, fa };
