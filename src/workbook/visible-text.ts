/**
 * Names as quoted in messages: characters a reader cannot see (zero-width spaces and joiners,
 * word joiner, byte-order mark, control characters, bidirectional marks) are written as `\uXXXX`,
 * so `长春市\u200B住建局` no longer looks exactly like a defined name.
 */

/** Invisible or control code units: C0/C1 controls, U+200B–U+200F, U+2028–U+202E, U+2060–U+2064, U+FEFF. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/**
 * The text with every invisible character made visible as `\uXXXX` (upper-case hex).
 * @example visible("住房\u200b和城乡建设局") // "住房\\u200B和城乡建设局"
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}
