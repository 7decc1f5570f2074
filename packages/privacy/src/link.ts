// A link runs from http://, https:// or www. to the next space or non-ASCII character (a link pasted into Chinese
// text ends where the Chinese starts).
const LINK = /(?:https?:\/\/|www\.)[!-~]+/gi;

/** For each UTF-16 offset of `text`, whether it lies inside a link. */
export function linkCharacters(text: string): Uint8Array {
  const inLink = new Uint8Array(text.length);
  for (const match of text.matchAll(LINK)) inLink.fill(1, match.index, match.index + match[0].length);
  return inLink;
}
