/** Inputs larger than this are refused before parsing (about 20 MB of text). */
export const DEFAULT_MAX_CHARS = 20_000_000;
