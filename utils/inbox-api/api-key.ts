/**
 * The API key's shape, in one place: the background checks a key with {@link apiKeyProblem}
 * before it saves it, and the client before it puts one into an `Authorization` header.
 */

/**
 * One word of printable ASCII (no spaces, no control characters, nothing a header could not
 * carry), 8 to 512 characters: long enough to rule out a stray word, short enough for a header.
 */
const API_KEY_PATTERN = /^[\x21-\x7e]{8,512}$/;

/** What is wrong with a key (already trimmed), or `null` when it has the shape of an API key. */
export function apiKeyProblem(key: string): 'empty' | 'shape' | null {
  if (key === '') return 'empty';
  return API_KEY_PATTERN.test(key) ? null : 'shape';
}
