/**
 * The language the console speaks to the person using it: English for everyone today (there is no
 * per-user choice yet). The root layout declares it, and the integration guide's snippets set the
 * widget's `language` from it, so what someone copies speaks their language rather than the
 * widget's Chinese default.
 */
export const CONSOLE_LANGUAGE = "en";
