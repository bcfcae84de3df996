/** Small constants of the workspace, kept apart so the page's first script does not pull in zod or lz-string. */

/** The share-link fragment: `#state=<lz-string>`. */
export const SHARE_PREFIX = '#state=';

/** The localStorage key of the saved sandbox. */
export const STORAGE_KEY = 'cognito-sandbox:state';

/** The envelope's `format` and `version` (see envelope.ts). */
export const ENVELOPE_FORMAT = 'cognito-sandbox';
export const ENVELOPE_VERSION = 1;
