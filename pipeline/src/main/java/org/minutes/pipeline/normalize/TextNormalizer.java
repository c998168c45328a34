package org.minutes.pipeline.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * Makes text canonical without changing what it says: Unicode NFC (so a decomposed {@code a} + combining ring is
 * the same {@code å} as a precomposed one), one kind of line break, no invisible control characters or soft
 * hyphens, no trailing spaces on lines.
 *
 * <p>Pure and thread-safe.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfc = NFC.normalize(text);
        StringBuilder out = new StringBuilder(nfc.length());
        int lineStart = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue; // CR LF: the LF that follows ends the line
                }
                c = '\n';
            }
            if (c == '\n' || c == '\f') {
                trimTrailingSpaces(out, lineStart);
                out.append(c);
                lineStart = out.length();
            } else if (c == '\u00A0') {
                out.append(' ');
            } else if (c == '\t' || (!Character.isISOControl(c) && c != '\u00AD' && c != '\uFEFF' && c != '\u200B')) {
                out.append(c);
            }
        }
        trimTrailingSpaces(out, lineStart);
        return out.toString();
    }

    private static void trimTrailingSpaces(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
    }
}
