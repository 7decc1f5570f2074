const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** `sg_` and 12 hex digits (48 bits) of the FNV-1a hash of kind and key: collisions are handled by the caller. */
export function suggestionId(kind: string, key: string): string {
  return `sg_${fnv1a64(`${kind}\u0000${key}`).slice(0, 12)}`;
}
