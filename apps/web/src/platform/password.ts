/** A random initial password: 12 characters without look-alikes (0/O, 1/l/I). */
export function generatePassword(length = 12): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  // Make sure there is at least one digit, one lower and one upper case letter.
  if (!/\d/.test(out) || !/[a-z]/.test(out) || !/[A-Z]/.test(out)) return generatePassword(length);
  return out;
}
