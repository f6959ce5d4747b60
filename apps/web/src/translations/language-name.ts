/** A language's name in the interface language ("Latvian (lv)"); the bare tag when the browser has no name for it. */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: "language" }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
