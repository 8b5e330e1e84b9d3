/** The product version, sent in the user-agent and printed by --version. Kept in step with package.json by a test. */
export const VERSION = '1.0.0';
