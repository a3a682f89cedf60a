// One-time passwords the ADMIN hands to a person: read off a screen and typed in, so without the
// characters people confuse (0/O, 1/l/I), as the server's own (the first start's) are made.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export const ONE_TIME_PASSWORD_LENGTH = 16;

/** A password from the browser's cryptographic random source; `random` is for tests. */
export function generateOneTimePassword(random: (values: Uint32Array<ArrayBuffer>) => void = (values) => crypto.getRandomValues(values)): string {
  const values = new Uint32Array(ONE_TIME_PASSWORD_LENGTH);
  random(values);
  // 2^32 is not a multiple of the alphabet's 57 characters; the bias this leaves is below one part in 70 million.
  return Array.from(values, (value) => ALPHABET[value % ALPHABET.length]).join('');
}
