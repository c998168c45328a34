package org.minutes.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a page's text, with what extraction needs to know about its position.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text the word as written
 * @param lineStart true when only whitespace or a bullet precedes it on its line
 * @param sentenceStart true when it begins a sentence, a line, or follows a colon or dash
 */
record Token(int start, int end, String text, boolean lineStart, boolean sentenceStart) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\d]*(?:['’-][\\p{L}\\p{M}\\d]+)*");

    /** The words of {@code text}, in order. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int i = m.start() - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
                i--;
            }
            boolean lineStart = i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r'
                    || isBullet(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            char before = i < 0 ? '\n' : text.charAt(i);
            boolean sentenceStart = lineStart || before == '.' || before == '!' || before == '?' || before == ':'
                    || before == '–' || before == '—' || before == '"' || before == '”' || before == '“';
            tokens.add(new Token(m.start(), m.end(), m.group(), lineStart, sentenceStart));
        }
        return tokens;
    }

    private static boolean isBullet(char c) {
        return c == '•' || c == '-' || c == '–' || c == '*' || c == '·' || c == '▪' || c == '○';
    }

    /** First letter uppercase and some lowercase after it: {@code Emelie}, {@code LP-stiftelsen}, not {@code AMF}. */
    boolean capitalised() {
        if (!Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Proper-name shape: capitalised, no digits, no capital inside a part ({@code CIty} is not, {@code Bech-Sörensen} is). */
    boolean nameShaped() {
        if (!capitalised()) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && text.charAt(i - 1) != '-' && text.charAt(i - 1) != '\'') {
                return false;
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** An acronym: two to six capitals, digits allowed after the first ({@code AMF}, {@code G7}). */
    boolean acronym() {
        if (text.length() < 2 || text.length() > 6 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** Lines at least this long are running text, not list entries or headings. */
    static final int LONG_LINE = 50;

    /**
     * True when the gap {@code text[from, to)} between two words of one name is spaces, or one line break in running
     * text (a long line) where a reflowed paragraph split the name.
     */
    static boolean joinable(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                newlines++;
            } else if (c != ' ' && c != '\u00a0' && c != '\r') {
                return false;
            }
        }
        if (newlines == 0) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        return newlines == 1 && from - lineStart >= LONG_LINE;
    }

    boolean lowercase() {
        return Character.isLowerCase(text.charAt(0));
    }
}
