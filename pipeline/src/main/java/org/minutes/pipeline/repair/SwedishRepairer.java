package org.minutes.pipeline.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutes.pipeline.lexicon.Folding;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.lexicon.WordCounts;
import org.minutes.pipeline.model.Edit;

/**
 * Repairs Swedish text damaged by OCR or by a wrong character encoding, as a noisy-channel model: for each word,
 * the candidates the error model ({@link OcrConfusions}) allows are ranked by the cost of the misreading plus how
 * likely the word is between its neighbours (word and pair counts), and the word is replaced only when a candidate
 * beats it clearly.
 *
 * <p>The layout is kept: only damaged words and symbols change, never spaces or line breaks. Addresses (web, e-mail)
 * and numbers are never touched; acronyms and words the lexicon does not know stay unless a known word explains
 * them. Thread-safe: one repairer serves all threads.
 */
public final class SwedishRepairer {

    /** A replaced word must beat the printed word, when that is itself a word, by this margin (nats). */
    static final double REAL_WORD_MARGIN = 1.5;
    /** The same for a printed word only Hunspell accepts (as a compound), which is weaker evidence. */
    static final double COMPOUND_MARGIN = 0.5;
    /** A word seen fewer times says nothing about what follows it (one typo in the corpus would decide). */
    private static final int MIN_CONTEXT_COUNT = 5;
    /** Roughly one sentence boundary in every this many words. */
    private static final int WORDS_PER_SENTENCE = 15;

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:se|com|nu|org|net|eu|io)\\b\\S*");
    /** UTF-8 bytes of a letter read as Windows-1252: a lead byte C2/C3 shown as Â/Ã, then a continuation byte. */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[ÂÃ][\\u00A0-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}|&@€„†”™]+");
    private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)([e«©°¢])(?= \\p{L})");
    /** A spaced em dash or hyphen between words is a Swedish dash (tankstreck), which is an en dash. */
    private static final Pattern EM_DASH = Pattern.compile("(?<=\\p{L}[,.]? )[—-](?= \\p{L})|(?<= )—(?= )");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Code-page leftovers: CP850 and MacRoman bytes of å, ä, ö shown as Windows-1252. */
    private static final String LEGACY_SEEN = "†„”Œš";
    private static final String LEGACY_MEANT = "åäöåö";

    private final SwedishLexicon lexicon;
    private final CandidateFinder finder;
    /** Pseudo-counts of compounds only Hunspell knows, which take a scan of their last parts to find. */
    private final java.util.Map<String, Double> compoundPseudo = new java.util.concurrent.ConcurrentHashMap<>();

    public SwedishRepairer(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new CandidateFinder(lexicon);
    }

    /** A repairer over the process's shared {@link SwedishLexicon}. */
    public static SwedishRepairer shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SwedishRepairer INSTANCE = new SwedishRepairer(SwedishLexicon.shared());
    }

    public SwedishLexicon lexicon() {
        return lexicon;
    }

    /**
     * Repairs {@code text}, pricing a stripped diacritic by what the text itself shows ({@link DamageEstimate}).
     * Never throws for any string; the input is not changed.
     */
    public RepairResult repair(String text) {
        return repair(text, DamageEstimate.of(text).stripProbability());
    }

    /** Repairs {@code text} assuming a diacritic was stripped with probability {@code stripProbability}. */
    public RepairResult repair(String text, double stripProbability) {
        if (!(stripProbability > 0 && stripProbability < 1)) {
            throw new IllegalArgumentException("strip probability must be between 0 and 1, got " + stripProbability);
        }
        double stripCost = -Math.log(stripProbability) + Math.log(1 - stripProbability);
        List<Edit> edits = new ArrayList<>();
        boolean[] locked = new boolean[text.length()];
        lock(locked, ADDRESS.matcher(text));
        mojibake(text, locked, edits);
        words(text, locked, Math.max(0, stripCost), edits);
        symbols(text, locked, edits);
        edits.sort(Comparator.comparingInt(Edit::start));
        return new RepairResult(apply(text, edits), edits);
    }

    // ---- encoding damage ----

    private static void mojibake(String text, boolean[] locked, List<Edit> edits) {
        Matcher m = MOJIBAKE.matcher(text);
        while (m.find()) {
            if (locked[m.start()]) {
                continue;
            }
            String fixed = utf8ReadAs1252(m.group());
            if (fixed != null && Character.isLetter(fixed.charAt(0))) {
                edits.add(new Edit(m.start(), m.end(), m.group(), fixed, 0.99, "mojibake"));
                lock(locked, m.start(), m.end());
            }
        }
    }

    private static String utf8ReadAs1252(String s) {
        try {
            CharsetEncoder encoder = WINDOWS_1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(s));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ---- words ----

    /** One word of the text and what the repair decided for it. */
    private static final class Word {
        final int start;
        final int end;
        final String text;
        final String lower;
        final boolean boundaryBefore;
        List<CandidateFinder.Candidate> candidates = List.of();
        boolean repairable;
        boolean known;
        boolean listed;
        String context;

        Word(int start, int end, String text, boolean boundaryBefore) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.lower = text.toLowerCase(SWEDISH);
            this.boundaryBefore = boundaryBefore;
        }
    }

    private void words(String text, boolean[] locked, double stripCost, List<Edit> edits) {
        List<Word> words = tokenize(text, locked);
        for (Word w : words) {
            prepare(w);
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.repairable) {
                w.context = best(w, null, null, stripCost).word();
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String left = i == 0 || w.boundaryBefore ? WordCounts.BOUNDARY : words.get(i - 1).context;
            String right = i + 1 == words.size() || words.get(i + 1).boundaryBefore
                    ? WordCounts.BOUNDARY : words.get(i + 1).context;
            if (w.repairable) {
                Choice choice = best(w, left, right, stripCost);
                if (!choice.word().equals(w.lower)) {
                    String to = restoreCase(w.text, choice.word(), lexicon.bits(choice.word()), w.boundaryBefore);
                    if (!to.equals(w.text)) {
                        edits.add(new Edit(w.start, w.end, w.text, to, round(choice.confidence()), choice.rule()));
                    }
                }
                w.context = choice.word();
            }
            Edit capital = sentenceInitialI(text, words, i);
            if (capital != null) {
                edits.add(capital);
            }
        }
    }

    private List<Word> tokenize(String text, boolean[] locked) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && !startsWord(text.charAt(start)) && text.charAt(start) != '€') {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            boolean boundary = words.isEmpty() || isBoundary(text, previousEnd, start);
            Word w = new Word(start, end, text.substring(start, end), boundary);
            // The second half of a word hyphenated at a line end is no word of its own: leave it.
            if (isLocked(locked, start, end) || (!words.isEmpty() && hyphenatedBreak(text, previousEnd, start))) {
                w.context = w.lower;
            }
            words.add(w);
            previousEnd = end;
        }
        return words;
    }

    private void prepare(Word w) {
        String t = w.text;
        if (w.context != null) {
            return;
        }
        if (isNumber(t)) {
            w.context = WordCounts.NUMBER;
            return;
        }
        w.context = w.lower;
        if (t.length() < 2 || !Character.isLetter(t.charAt(t.length() - 1)) || isAcronym(t) || hasInnerCapital(t)
                || startsWithNumber(t) || t.contains("€") && !Character.isLetter(t.charAt(0))) {
            return;
        }
        String lower = legacyCodePage(w.lower);
        List<CandidateFinder.Candidate> all = finder.candidates(lower);
        boolean capital = Character.isUpperCase(t.charAt(0)) || t.charAt(0) == '@';
        List<CandidateFinder.Candidate> allowed = new ArrayList<>(all.size());
        for (CandidateFinder.Candidate c : all) {
            boolean nameOnly = (lexicon.bits(c.word()) & SwedishLexicon.CAPITALISED) != 0;
            if (!nameOnly || capital) {
                allowed.add(c);
            }
        }
        w.known = allowed.stream().anyMatch(c -> c.word().equals(w.lower));
        w.listed = lexicon.knowsListed(w.lower);
        w.candidates = allowed;
        w.repairable = !allowed.isEmpty() && !(w.known && allowed.size() == 1);
    }

    /** The best reading of {@code w} between {@code left} and {@code right} (null: context-free). */
    private Choice best(Word w, String left, String right, double stripCost) {
        double keep = w.known ? Double.NaN : keepUnknownCost(w, left, right);
        double bestScore = Double.POSITIVE_INFINITY;
        CandidateFinder.Candidate bestCandidate = null;
        double keepScore = keep;
        double[] scores = new double[w.candidates.size()];
        for (int i = 0; i < w.candidates.size(); i++) {
            CandidateFinder.Candidate c = w.candidates.get(i);
            double score = c.cost(stripCost) + languageCost(c.word(), left, right, pseudoCount(c.word()));
            scores[i] = score;
            if (c.word().equals(w.lower)) {
                keepScore = score;
            }
            if (score < bestScore) {
                bestScore = score;
                bestCandidate = c;
            }
        }
        double min = Math.min(bestScore, Double.isNaN(keepScore) ? bestScore : keepScore);
        double sum = Double.isNaN(keep) ? 0 : Math.exp(min - keep);
        for (double s : scores) {
            sum += Math.exp(min - s);
        }
        if (bestCandidate == null || bestCandidate.word().equals(w.lower)) {
            return new Choice(w.lower, 1, "keep");
        }
        double margin = w.listed ? REAL_WORD_MARGIN : w.known ? COMPOUND_MARGIN : 0;
        if (!Double.isNaN(keepScore) && keepScore - bestScore < margin) {
            return new Choice(w.lower, 1, "keep");
        }
        double confidence = Math.exp(min - bestScore) / sum;
        String rule = w.known ? "context" : bestCandidate.rule();
        return new Choice(bestCandidate.word(), confidence, rule);
    }

    private record Choice(String word, double confidence, String rule) {
    }

    /** The cost of keeping a word the lexicon does not know: names and local terms are common in minutes. */
    private double keepUnknownCost(Word w, String left, String right) {
        boolean damaged = !allLetters(w.text);
        if (damaged) {
            return 40;
        }
        boolean capital = Character.isUpperCase(w.text.charAt(0));
        return languageCost(w.lower, left, right, capital ? 0.05 : 0.02);
    }

    /**
     * −log of the word's probability between its neighbours: P(word | left) · P(right | word), each a pair estimate
     * backed off to the unigram with Witten-Bell weights (a word seen before many different words lends more weight
     * to the unigram).
     */
    private double languageCost(String word, String left, String right, double pseudo) {
        double total = lexicon.total();
        double unigram = (lexicon.count(word) + pseudo) / total;
        if (left == null) {
            return -Math.log(unigram);
        }
        double leftTypes = Math.max(1, lexicon.followers(left));
        double pLeft = (lexicon.pairCount(left, word) + leftTypes * unigram) / (contextCount(left) + leftTypes);
        double rightUnigram = (lexicon.count(right) + pseudoCount(right)) / total;
        double pRight = rightUnigram;
        if (lexicon.count(word) >= MIN_CONTEXT_COUNT) {
            double types = Math.max(1, lexicon.followers(word));
            pRight = (lexicon.pairCount(word, right) + types * rightUnigram) / (lexicon.count(word) + types);
        }
        return -Math.log(pLeft) - Math.log(pRight);
    }

    private double contextCount(String word) {
        if (word.equals(WordCounts.BOUNDARY)) {
            return (double) lexicon.total() / WORDS_PER_SENTENCE;
        }
        return lexicon.count(word);
    }

    /**
     * A small count for words that are known but were not seen in the counted text; a compound only Hunspell knows
     * borrows a little from how common its last part is.
     */
    private double pseudoCount(String word) {
        if (word.equals(WordCounts.BOUNDARY)) {
            return lexicon.total() / (double) WORDS_PER_SENTENCE;
        }
        int rank = lexicon.commonRank(word);
        if (rank >= 0) {
            return 1 + 200.0 / (rank + 20);
        }
        if (lexicon.bits(word) != 0) {
            return 0.5;
        }
        if (lexicon.knowsListed(word)) {
            return 0.3;
        }
        Double known = compoundPseudo.get(word);
        if (known == null) {
            known = 0.1 + 0.05 * Math.min(40, lastPartCount(word));
            if (compoundPseudo.size() > 100_000) {
                compoundPseudo.clear();
            }
            compoundPseudo.put(word, known);
        }
        return known;
    }

    /** The corpus count of the longest listed word of at least four letters that ends {@code word}. */
    private int lastPartCount(String word) {
        for (int i = 1; i + 4 <= word.length(); i++) {
            String tail = word.substring(i);
            if (lexicon.knowsListed(tail)) {
                return lexicon.count(tail);
            }
        }
        return 0;
    }

    /** {@code l} at the start of a sentence is a misread capital {@code I}: no sentence starts in lower case. */
    private Edit sentenceInitialI(String text, List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.boundaryBefore || w.text.length() < 2 || w.text.charAt(0) != 'l' || !allLetters(w.text)
                || !paragraphStartOrSentence(text, words, i)) {
            return null;
        }
        String rest = w.text.substring(1);
        String asWord = "i" + rest;
        boolean nameFollows = i + 1 < words.size() && !words.get(i + 1).boundaryBefore
                && Character.isUpperCase(words.get(i + 1).text.charAt(0));
        if (lexicon.knowsListed(asWord) || nameFollows || w.text.length() <= 3) {
            if (w.context != null && !w.context.equals(w.lower)) {
                return null;
            }
            return new Edit(w.start, w.end, w.text, "I" + rest, 0.8, "sentence-start");
        }
        return null;
    }

    /** True when word {@code i} starts the text, a paragraph, or follows a full sentence (not an abbreviation). */
    private static boolean paragraphStartOrSentence(String text, List<Word> words, int i) {
        if (i == 0) {
            return true;
        }
        Word previous = words.get(i - 1);
        String between = text.substring(previous.end, words.get(i).start);
        if (between.matches("(?s).*\\n[ \\t]*\\n.*")) {
            return true;
        }
        return between.matches("(?s)[.!?][\"”)]*\\s+") && previous.text.length() > 3;
    }

    // ---- symbols ----

    private static void symbols(String text, boolean[] locked, List<Edit> edits) {
        Matcher m = BULLET.matcher(text);
        while (m.find()) {
            int at = m.start(2);
            if (!locked[at]) {
                edits.add(new Edit(at, at + 1, m.group(2), "•", 0.9, "bullet"));
            }
        }
        m = EM_DASH.matcher(text);
        while (m.find()) {
            if (!locked[m.start()]) {
                edits.add(new Edit(m.start(), m.end(), m.group(), "–", 0.8, "dash"));
            }
        }
        boolean typographic = text.indexOf('”') >= 0 || text.indexOf('“') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (locked[i]) {
                continue;
            }
            if (c == '“') {
                edits.add(new Edit(i, i + 1, "“", "”", 0.8, "quote"));
            } else if (c == '"' && typographic) {
                edits.add(new Edit(i, i + 1, "\"", "”", 0.7, "quote"));
            }
        }
    }

    // ---- helpers ----

    private static String legacyCodePage(String lower) {
        char[] chars = null;
        for (int i = 1; i + 1 < lower.length(); i++) {
            int k = LEGACY_SEEN.indexOf(lower.charAt(i));
            if (k >= 0 && Character.isLetter(lower.charAt(i - 1))) {
                if (chars == null) {
                    chars = lower.toCharArray();
                }
                chars[i] = LEGACY_MEANT.charAt(k);
            }
        }
        return chars == null ? lower : new String(chars);
    }

    private static String restoreCase(String original, String word, int bits, boolean sentenceStart) {
        if (original.length() >= 2 && original.equals(original.toUpperCase(SWEDISH))
                && !original.equals(original.toLowerCase(SWEDISH))) {
            return word.toUpperCase(SWEDISH);
        }
        char first = original.charAt(0);
        // OCR reads a small ö or ä as a capital O or A; inside a sentence, a common word keeps its small letter.
        if ((first == 'O' || first == 'A') && Folding.hasDiacritic(word.charAt(0)) && !sentenceStart
                && (bits & SwedishLexicon.CAPITALISED) == 0) {
            return word;
        }
        if (Character.isUpperCase(first) || first == '@' || (bits & SwedishLexicon.CAPITALISED) != 0) {
            return word.substring(0, 1).toUpperCase(SWEDISH) + word.substring(1);
        }
        return word;
    }

    private static String apply(String text, List<Edit> edits) {
        if (edits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Edit e : edits) {
            out.append(text, at, e.start()).append(e.to());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static boolean startsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '|' || c == '&' || c == '@';
    }

    /** True when {@code text[from, to)} is a hyphen, then a line break, with only spaces around. */
    private static boolean hyphenatedBreak(String text, int from, int to) {
        if (from >= to || text.charAt(from) != '-') {
            return false;
        }
        boolean lineBreak = false;
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreak = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return lineBreak;
    }

    private static boolean isBoundary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '•' || c == ':') {
                return true;
            }
            if (c == '\n') {
                int j = i + 1;
                while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < to && text.charAt(j) == '\n') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A token that starts with a digit is a number with a unit, such as 2st — unless it is a 6 or 4 (misread ö, ä)
     * followed by letters.
     */
    private static boolean startsWithNumber(String t) {
        char c = t.charAt(0);
        return Character.isDigit(c) && ((c != '6' && c != '4') || (t.length() > 1 && !Character.isLetter(t.charAt(1))));
    }

    private static boolean isAcronym(String t) {
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                upper++;
            }
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            letters += Character.isLetter(t.charAt(i)) ? 1 : 0;
        }
        return upper >= 2 && upper == letters && t.length() <= 5;
    }

    /** A capital after a small letter (iPhone, McKinsey) — except A or O, which OCR prints for a small ä or ö. */
    private static boolean hasInnerCapital(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c) && c != 'A' && c != 'O' && Character.isLowerCase(t.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void lock(boolean[] locked, Matcher m) {
        while (m.find()) {
            lock(locked, m.start(), m.end());
        }
    }

    private static void lock(boolean[] locked, int from, int to) {
        for (int i = from; i < to; i++) {
            locked[i] = true;
        }
    }

    private static boolean isLocked(boolean[] locked, int from, int to) {
        for (int i = from; i < to; i++) {
            if (locked[i]) {
                return true;
            }
        }
        return false;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
