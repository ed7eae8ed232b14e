/** Where the API lives: the provider's public host. */

/** The provider's public API host. */
export const DEFAULT_BASE_URL = 'https://v1.tempmailg.com';
