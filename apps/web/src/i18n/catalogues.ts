import { en } from "./locales/en";
import { lv } from "./locales/lv";
import { et } from "./locales/et";
import { cs } from "./locales/cs";
import { fa } from "./locales/fa";
import type { UiLanguage } from "./languages";
import { EVENT_LOG_STRINGS } from "../event-logs/event-log-strings";

/** A catalogue: nested objects of strings. Plural keys carry i18next's `_zero`/`_one`/`_few`/… suffixes. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

export const CATALOGUES: Record<UiLanguage, Catalogue> = {
  en: { ...en, eventLogs: EVENT_LOG_STRINGS.en },
  lv: { ...lv, eventLogs: EVENT_LOG_STRINGS.lv },
  et: { ...et, eventLogs: EVENT_LOG_STRINGS.et },
  cs: { ...cs, eventLogs: EVENT_LOG_STRINGS.cs },
  fa: { ...fa, eventLogs: EVENT_LOG_STRINGS.fa },
};
