package org.minutes.pipeline.lexicon;

/**
 * Folds Swedish letters with diacritics to the plain letters that OCR without a Swedish model tends to print
 * instead: {@code å}, {@code ä} → {@code a}, {@code ö} → {@code o}, {@code é}, {@code è} → {@code e}, {@code ü} →
 * {@code u}. Two words with the same fold differ only in diacritics, so one lookup of the fold finds every word a
 * stripped token may stand for.
 *
 * <p>Pure and thread-safe.
 */
public final class Folding {

    private Folding() {
    }

    /** The fold of {@code word}, which is expected in lower case; other characters are kept as they are. */
    public static String fold(String word) {
        char[] chars = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (chars == null) {
                    chars = word.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? word : new String(chars);
    }

    /** True when {@code a} and {@code b} have the same fold (without building either fold). */
    public static boolean sameFold(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (fold(a.charAt(i)) != fold(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The plain letter for one lower-case letter with a diacritic, or {@code c} itself. */
    public static char fold(char c) {
        return switch (c) {
            case 'å', 'ä', 'à', 'á', 'â' -> 'a';
            case 'ö', 'ô', 'ó', 'ò' -> 'o';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'ü', 'ú' -> 'u';
            default -> c;
        };
    }

    /** True when {@code c} is a lower-case letter that {@link #fold(char)} changes. */
    public static boolean hasDiacritic(char c) {
        return fold(c) != c;
    }
}
