// Character classes shared by the patient-data detector (phi.ts) and the output sanitiser (text.ts,
// safe-text.ts), as regular-expression source (for a `u` regular expression).

/**
 * Characters that show nothing or change how the text around them is shown: format controls
 * (\p{Cf}: zero-width space and joiners U+200B–U+200D, word joiner and invisible operators
 * U+2060–U+2064, bidi marks, embeddings, overrides and isolates U+200E–U+200F, U+202A–U+202E,
 * U+2066–U+2069, the soft hyphen U+00AD, the Arabic letter mark U+061C, the Mongolian vowel
 * separator U+180E, the byte-order mark U+FEFF, tag characters U+E0001–U+E007F, ...), the
 * combining grapheme joiner U+034F, variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF),
 * Mongolian free variation selectors, Khmer inherent vowels and the Hangul fillers.
 */
export const INVISIBLE_CLASS = '\\p{Cf}\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u3164\\uFE00-\\uFE0F\\uFFA0\\u{E0100}-\\u{E01EF}';

/** Control characters but tab and line feed (C0 with CR, DEL, C1), and the line and paragraph separators. */
export const CONTROL_CLASS = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029';

/** Dashes and hyphens that read as `-` (U+2010–U+2015, minus U+2212, small and full-width hyphen-minus, ...). */
export const DASH_CLASS = '\\p{Pd}\\u2212\\u2043\\uFE63\\uFF0D';
