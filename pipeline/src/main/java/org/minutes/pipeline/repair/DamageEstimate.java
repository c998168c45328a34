package org.minutes.pipeline.repair;

/**
 * Estimates from a text itself how much of it OCR damaged: above all, how likely a Swedish letter with a diacritic
 * was printed without it. Swedish running text has about one å, ä or ö in every 24 letters; a text with far fewer
 * has lost them, and a missing diacritic is then cheap to restore.
 *
 * <p>Pure and thread-safe.
 */
public final class DamageEstimate {

    /** The share of å, ä and ö among the letters of ordinary Swedish text (measured on the counted corpus). */
    static final double SWEDISH_DIACRITIC_SHARE = 0.042;
    static final double MIN_STRIP = 0.01;
    static final double MAX_STRIP = 0.95;

    private final int letters;
    private final int diacritics;
    private final int misreadSigns;

    private DamageEstimate(int letters, int diacritics, int misreadSigns) {
        this.letters = letters;
        this.diacritics = diacritics;
        this.misreadSigns = misreadSigns;
    }

    /** Counts letters, Swedish diacritics and signs of misreading (a digit or é, &, | inside a word) in {@code text}. */
    public static DamageEstimate of(String text) {
        int letters = 0;
        int diacritics = 0;
        int signs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                switch (c) {
                    case 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö' -> diacritics++;
                    case 'é' -> signs++;
                    default -> { }
                }
            } else if ((Character.isDigit(c) || c == '&' || c == '|' || c == '@')
                    && i > 0 && i + 1 < text.length()
                    && (Character.isLetter(text.charAt(i + 1)) && (Character.isLetter(text.charAt(i - 1))
                            || Character.isWhitespace(text.charAt(i - 1))))) {
                signs++;
            }
        }
        return new DamageEstimate(letters, diacritics, signs);
    }

    /** The probability that a letter with a diacritic was printed without it, from 0.01 to 0.95. */
    public double stripProbability() {
        if (letters < 40) {
            return 0.5;
        }
        double share = (double) diacritics / letters;
        double p = 1 - share / SWEDISH_DIACRITIC_SHARE;
        return Math.max(MIN_STRIP, Math.min(MAX_STRIP, p));
    }

    /**
     * True when the text looks damaged: it has lost most of its diacritics, or carries signs of misreading. A
     * born-digital Swedish text is neither. Texts too short to judge count as not damaged.
     */
    public boolean looksDamaged() {
        if (letters < 200) {
            return misreadSigns >= 2;
        }
        return stripProbability() >= 0.6 || misreadSigns * 400 >= letters;
    }
}
