/**
 * Customer-base rules (ASV-2, ASV-15): phone numbers and names normalized so that the same caller
 * is found however the number was typed, and duplicate detection — **same phone, or same name and
 * address** — used both when a clerk creates a customer and by the bulk import.
 */

/** Full-width → half-width, lower case, no whitespace or common punctuation. */
function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u3000·•.,，。、;；:：'"“”‘’()（）\-—_#/\\]+/g, '');
}

/**
 * Digits of a phone number: "+86 138-0000-0000" → "13800000000", "(0571) 8888 8888" →
 * "057188888888". Null when it is not a plausible number (7–15 digits after the country code).
 */
export function normalizePhone(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!/^[+\d\s\-()]+$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if (text.startsWith('+86') || (digits.length === 13 && digits.startsWith('861'))) digits = digits.slice(2);
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/** Splits a cell like "13800000000、0571-88888888" into its numbers (as typed). */
export function splitPhones(text: string): string[] {
  return text.split(/[、,，;；/\n]+/).map((p) => p.trim()).filter(Boolean);
}

export const nameKey = (name: string): string => key(name);
export const addressKey = (address: string): string => key(address);

export interface CustomerIdentity {
  /** Normalized phones (normalizePhone). */
  phones: string[];
  name: string;
  address: string;
}

export type DuplicateReason = 'phone' | 'name_address';

/**
 * ASV-15 duplicate detection: `b` duplicates `a` when they share a phone number, or have the same
 * name and the same non-empty address (after normalizing). Returns why, or null.
 */
export function duplicateReason(a: CustomerIdentity, b: CustomerIdentity): { reason: DuplicateReason; phone?: string } | null {
  const phones = new Set(a.phones);
  const shared = b.phones.find((p) => phones.has(p));
  if (shared) return { reason: 'phone', phone: shared };
  const addr = addressKey(a.address);
  if (addr !== '' && nameKey(a.name) === nameKey(b.name) && addr === addressKey(b.address)) return { reason: 'name_address' };
  return null;
}

/** The first of `existing` that `candidate` duplicates, with the reason. */
export function findDuplicate<T extends CustomerIdentity>(candidate: CustomerIdentity, existing: T[]): { match: T; reason: DuplicateReason; phone?: string } | null {
  for (const e of existing) {
    const d = duplicateReason(e, candidate);
    if (d) return { match: e, ...d };
  }
  return null;
}
