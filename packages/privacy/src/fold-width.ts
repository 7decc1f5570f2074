/**
 * Full-width ASCII (１３８, ＠, －, （）, as Chinese input methods type them) and the ideographic space, folded
 * to plain ASCII one code unit for one, so matches found in the folded text have the original's offsets.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}
