package org.minutes.pipeline.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minutes.pipeline.lexicon.Folding;

/**
 * The error model: how OCR without a Swedish model misreads Swedish letters, as a weighted table of confusions
 * (what was printed → what was meant, cost in nats, so lower is likelier) and the cost of a stripped diacritic.
 *
 * <p>Stripped diacritics ({@code ä} printed as {@code a}) are not in the table: they are found by folding (see
 * {@link Folding}) and counted; their cost depends on the text (a text with no å, ä or ö at all has lost them
 * everywhere), so the repairer prices them. The table holds the other classes: letters misread as
 * digits or symbols ({@code 6ver}, {@code |6sningar}, {@code &r}), as other letters ({@code kdnner},
 * {@code gbra}, {@code sysselsittning}) and several characters for one ({@code Volontadrerna}, {@code goér}).
 *
 * <p>Stateless and thread-safe.
 */
final class OcrConfusions {

    /** One confusion: OCR printed {@code seen} where the text had {@code meant}. */
    record Confusion(String seen, String meant, double cost) {
    }

    /** A rewriting of a token by confusions from the table, with their summed cost. */
    record Variant(String text, double cost, int confusions) {
    }

    /**
     * At most this many table confusions are undone in one word: three, for a long word such as
     * {@code f6rs6rjningsst6det} (with two, it stayed as printed); the price of each keeps the rest in check.
     */
    static final int MAX_CONFUSIONS = 3;
    /** Variants dearer than this are not considered. */
    static final double MAX_COST = 6.5;

    private static final List<Confusion> TABLE = List.of(
            // Digits and symbols inside a word: the word is damaged for certain, so these are cheap.
            new Confusion("6", "ö", 0.5),
            new Confusion("4", "ä", 0.7),
            new Confusion("4", "å", 1.5),
            new Confusion("€", "å", 1.0),
            new Confusion("€", "ä", 1.5),
            new Confusion("0", "o", 1.5),
            new Confusion("0", "ö", 2.0),
            new Confusion("1", "l", 1.5),
            new Confusion("1", "i", 2.0),
            new Confusion("|", "l", 0.5),
            new Confusion("|", "i", 2.0),
            new Confusion("!", "l", 2.5),
            new Confusion("&", "ä", 0.7),
            new Confusion("&", "å", 1.5),
            new Confusion("@", "g", 1.0),
            new Confusion("@", "å", 2.0),
            new Confusion("ﬁ", "fi", 0.1),
            new Confusion("ﬂ", "fl", 0.1),
            // A diacritic read as the wrong one. Between Swedish letters only these, and dear: in clean text a
            // printed å, ä or ö is nearly always right.
            new Confusion("é", "ö", 1.0),
            new Confusion("é", "ä", 1.5),
            new Confusion("ä", "å", 4.0),
            new Confusion("å", "ä", 4.0),
            new Confusion("ö", "ä", 5.0),
            // Several characters for one.
            new Confusion("oé", "ö", 1.5),
            new Confusion("éo", "ö", 1.5),
            new Confusion("aé", "ä", 1.5),
            new Confusion("dé", "ö", 2.0),
            new Confusion("6o", "ö", 1.0),
            new Confusion("o6", "ö", 1.0),
            new Confusion("6é", "ö", 1.0),
            new Confusion("é6", "ö", 1.0),
            new Confusion("&a", "ä", 1.0),
            new Confusion("4a", "ä", 1.0),
            new Confusion("oo", "ö", 2.0),
            new Confusion("aa", "å", 2.0),
            new Confusion("éa", "ä", 1.5),
            new Confusion("ad", "ä", 5.0),
            new Confusion("da", "ä", 5.0),
            new Confusion("di", "ä", 3.5),
            new Confusion("od", "ö", 3.5),
            new Confusion("do", "ö", 3.5),
            new Confusion("rn", "m", 3.0),
            // A letter read as another letter: dearer, since the printed word may be right.
            new Confusion("d", "ä", 3.0),
            new Confusion("d", "å", 3.0),
            new Confusion("d", "ö", 3.0),
            new Confusion("b", "ö", 3.0),
            new Confusion("i", "ä", 3.0),
            new Confusion("c", "e", 3.5));

    /**
     * The table by the first character a confusion reads (Latin-1 in an array, the rest in a map), as arrays: the
     * variant search recurses, so an iterator per position would be allocated, not optimised away.
     */
    private static final Map<Character, Confusion[]> BY_FIRST_CHAR = TABLE.stream()
            .collect(Collectors.groupingBy(c -> c.seen().charAt(0))).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toArray(Confusion[]::new)));
    private static final Confusion[][] LATIN_1 = new Confusion[256][];
    private static final Confusion[] NONE = new Confusion[0];

    static {
        BY_FIRST_CHAR.forEach((c, confusions) -> {
            if (c < 256) {
                LATIN_1[c] = confusions;
            }
        });
    }

    private static Confusion[] startingWith(char c) {
        if (c < 256) {
            Confusion[] confusions = LATIN_1[c];
            return confusions == null ? NONE : confusions;
        }
        return BY_FIRST_CHAR.getOrDefault(c, NONE);
    }
    /**
     * Confusions this dear are letters read as other letters; a word holds at most one of them (two in one word are
     * far rarer than a correct word that happens to be one letter away).
     */
    static final double LETTER_FOR_LETTER = 3.0;

    private OcrConfusions() {
    }

    /**
     * Every rewriting of {@code lower} (a lower-case token) by at most {@link #MAX_CONFUSIONS} table confusions
     * within {@link #MAX_COST}, the token itself first.
     */
    static List<Variant> variants(String lower) {
        List<Variant> out = new ArrayList<>();
        expand(lower, 0, new StringBuilder(), 0.0, 0, out);
        return out;
    }

    private static void expand(String word, int at, StringBuilder prefix, double cost, int used, List<Variant> out) {
        if (at == word.length()) {
            out.add(new Variant(prefix.toString(), cost, used));
            return;
        }
        int mark = prefix.length();
        prefix.append(word.charAt(at));
        expand(word, at + 1, prefix, cost, used, out);
        prefix.setLength(mark);
        if (used == MAX_CONFUSIONS) {
            return;
        }
        Confusion[] confusions = startingWith(word.charAt(at));
        for (int i = 0; i < confusions.length; i++) {
            Confusion c = confusions[i];
            if (cost + c.cost() <= MAX_COST && word.startsWith(c.seen(), at)
                    && !(c.cost() >= LETTER_FOR_LETTER && cost >= LETTER_FOR_LETTER)
                    && !(at == 0 && c.seen().length() > 1 && Character.isDigit(c.seen().charAt(0))
                            && word.length() - c.seen().length() < 3)
                    && !(at == 0 && c.cost() >= LETTER_FOR_LETTER && c.seen().length() > 1)) {
                // (A number with a letter or two, as in 4a § or 4an, is no misread: a digit and a letter opening a
                // token stand for one letter only when a word of three letters or more follows, as in 4arende.)
                prefix.append(c.meant());
                expand(word, at + c.seen().length(), prefix, cost + c.cost(), used + 1, out);
                prefix.setLength(mark);
            }
        }
    }

    /**
     * Compares {@code variant} with {@code candidate}, which has the same fold: returns the number of diacritics
     * OCR stripped in {@code stripped} and the cost of the other differences (an added or changed diacritic), or
     * infinity when the two differ otherwise. A Swedish letter in the variant ({@code å}, {@code ä}, {@code ö}) is
     * taken as it is: OCR does not invent one where the text had a plain letter, and the misreads among them that
     * do happen are in the table ({@code ä} for {@code å}). Without this, clean text lost words the counts rank
     * lower: {@code bänk} became {@code bank}, {@code pröva} {@code prova}, {@code vårdprocessen}
     * {@code värdprocessen}.
     */
    static double diacriticCost(String variant, String candidate, int[] stripped) {
        stripped[0] = 0;
        if (variant.length() != candidate.length()) {
            return Double.POSITIVE_INFINITY;
        }
        double cost = 0;
        for (int i = 0; i < variant.length(); i++) {
            char v = variant.charAt(i);
            char c = candidate.charAt(i);
            if (v == c) {
                continue;
            }
            if (Folding.fold(c) == v) {
                stripped[0]++;
            } else if (Folding.fold(c) == Folding.fold(v) && !isSwedishLetter(v)) {
                cost += ADDED_OR_CHANGED_DIACRITIC;
            } else {
                return Double.POSITIVE_INFINITY;
            }
        }
        return cost;
    }

    private static boolean isSwedishLetter(char c) {
        return c == 'å' || c == 'ä' || c == 'ö';
    }

    /** OCR printing a diacritic the text did not have, or a different one ({@code é} for {@code e}), is rare. */
    static final double ADDED_OR_CHANGED_DIACRITIC = 4.0;
}
