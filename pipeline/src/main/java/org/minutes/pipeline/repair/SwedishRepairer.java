package org.minutes.pipeline.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * A replaced word must beat the printed word, when that is itself a word, by this margin (nats). Chosen on the
     * four pairs: 1.55 to 1.7 fix the same words; 1.5, the value before the document's pairs and repairs counted as
     * evidence ({@link DocumentPairs}), breaks one more word, and 1.8 fixes two fewer. It is also how clearly a
     * kept word must beat every rival to count as evidence for the document's pairs.
     */
    static final double REAL_WORD_MARGIN = 1.6;
    /** The same for a printed word only Hunspell accepts (as a compound), which is weaker evidence. */
    static final double COMPOUND_MARGIN = 0.5;
    /**
     * The document's pairs and repairs ({@link DocumentPairs}) settle only close calls: a first reading that won by
     * more than this many nats stands. Chosen on the four pairs and on two places that read one pair differently
     * ({@code av våra tjänster}, {@code kan vara tjänster}): 3 to 4 keep every fix and both places; 5 lets one
     * place overturn the other, 2.5 loses a fix.
     */
    static final double CLOSE_CALL = 3.5;
    /** A repair is clear evidence only when it won by at least this many nats (not a near tie). */
    static final double CLEAR_REPAIR = 0.5;
    /** A word seen fewer times says nothing about what follows it (one typo in the corpus would decide). */
    private static final int MIN_CONTEXT_COUNT = 5;
    /** Roughly one sentence boundary in every this many words. */
    private static final int WORDS_PER_SENTENCE = 15;
    /** −log of how much rarer a lower-case word is with a capital inside a sentence than a name is. */
    private static final double LOWER_CASE_WORD_WITH_CAPITAL = Math.log(10);
    /**
     * The same right after a capitalised word the lexicon does not know: there the capital most likely continues a
     * name (ln 10 and ln 100 tried on the pairs; ln 10 leaves Vorta Drom as Vorta Dröm).
     */
    private static final double LOWER_CASE_WORD_AFTER_NAME = Math.log(100);
    /** Keeping a token unrepaired costs this much more for each letter trigram no listed word has. */
    private static final double UNSEEN_TRIGRAM_COST = 1.5;
    private static final double UNLISTED_PSEUDO = 0.3;

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:se|com|nu|org|net|eu|io)\\b\\S*");
    /** UTF-8 bytes of a letter read as Windows-1252: a lead byte C2/C3 shown as Â/Ã, then a continuation byte. */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[ÂÃ][\\u00A0-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");
    /** What OCR prints for a bullet (•). */
    private static final String BULLET_SEEN = "e«©°¢";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Code-page leftovers: CP850 and MacRoman bytes of å, ä, ö shown as Windows-1252. */
    private static final String LEGACY_SEEN = "†„”Œš";
    private static final String LEGACY_MEANT = "åäöåö";

    private final SwedishLexicon lexicon;
    private final CandidateFinder finder;
    /** For the parts of a compound written out later ({@link #firstPartCosts}). */
    private final CompoundSplitter parts;
    /** The sentence boundary as a context word. */
    private final Word boundary;
    private final ClassBigrams classes;
    private final LetterTrigrams trigrams;
    private final LastParts lastParts;
    private final NameLengths nameLengths;
    /** Per thread, the counts array a {@link DocumentVocabulary} borrows (all zero between documents). */
    private final ThreadLocal<int[]> scratch;
    /** Per distinct token: its candidates and what they cost regardless of context (bounded). */
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>(1 << 14);
    private static final int PREPARED_LIMIT = 200_000;

    public SwedishRepairer(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new CandidateFinder(lexicon);
        this.parts = new CompoundSplitter(lexicon);
        this.boundary = boundaryWord();
        this.classes = ClassBigrams.of(lexicon);
        this.trigrams = LetterTrigrams.of(lexicon);
        this.lastParts = new LastParts(lexicon);
        this.nameLengths = NameLengths.of(lexicon);
        this.scratch = ThreadLocal.withInitial(() -> new int[lexicon.size()]);
        // The constructing thread's counting array is made now, with the language data, not on its first page.
        scratch.get();
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
        return repairDocument(List.of(text)).get(0);
    }

    /** Repairs {@code text} assuming a diacritic was stripped with probability {@code stripProbability}. */
    public RepairResult repair(String text, double stripProbability) {
        return repairPages(List.of(text), List.of(), page -> stripProbability).get(0);
    }

    /**
     * Repairs the pages of one document together, in order: each page is priced by its own damage, and words that
     * only diacritics tell apart are chosen with what the whole document shows of its vocabulary
     * ({@link DocumentVocabulary}); a second reading settles close calls by the word pairs and repairs the first
     * reading made clearly ({@link DocumentPairs}). Never throws for any strings; the inputs are not changed.
     */
    public List<RepairResult> repairDocument(List<String> pages) {
        return repairDocument(pages, List.of());
    }

    /**
     * Repairs the damaged {@code pages} of one document together, as {@link #repairDocument(List)} does, with the
     * words of its {@code trustworthy} pages (a good text layer beside scanned pages) as evidence of its vocabulary:
     * there every word counts as written, {@code vård} as much as {@code egenvård}. Never throws for any strings.
     */
    public List<RepairResult> repairDocument(List<String> pages, List<String> trustworthy) {
        return repairPages(pages, trustworthy, page -> DamageEstimate.of(page).stripProbability());
    }

    private List<RepairResult> repairPages(List<String> pages, List<String> trustworthy,
            java.util.function.ToDoubleFunction<String> stripProbability) {
        DocumentVocabulary vocabulary = new DocumentVocabulary(lexicon, scratch.get());
        DocumentPairs pairs = new DocumentPairs(lexicon, pages.stream().mapToInt(String::length).sum() / 8);
        List<RepairResult> results = new ArrayList<>(pages.size());
        try {
            for (String text : trustworthy) {
                countTrustworthy(text, vocabulary, pairs);
            }
            List<PageWork> read = new ArrayList<>(pages.size());
            for (String text : pages) {
                read.add(read(text, stripProbability.applyAsDouble(text), vocabulary));
            }
            for (PageWork page : read) {
                choose(page, vocabulary);
            }
            for (PageWork page : read) {
                countPairs(page, pairs);
            }
            if (!pairs.isEmpty()) {
                for (PageWork page : read) {
                    reconsider(page, vocabulary, pairs);
                }
            }
            boolean capitalMisreads = readsSmallAsCapital(read);
            for (PageWork page : read) {
                results.add(finish(page, capitalMisreads));
            }
        } finally {
            vocabulary.close();
        }
        return results;
    }

    /**
     * Counts every word of a trustworthy text into {@code vocabulary} as an anchor, and every two words with only
     * white space between them, and no paragraph break, into {@code pairs}: they were written, not read.
     */
    private void countTrustworthy(String text, DocumentVocabulary vocabulary, DocumentPairs pairs) {
        int n = text.length();
        int i = 0;
        int previous = -1;
        int previousEnd = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String lower = text.substring(start, i).toLowerCase(SWEDISH);
                int id = lexicon.id(lower);
                vocabulary.add(lexicon.listed(id) ? DocumentVocabulary.anchor(lastParts, lower, id)
                        : DocumentVocabulary.NONE);
                pairs.countWord();
                if (previous >= 0 && isBlank(text, previousEnd, start) && !isBoundary(text, previousEnd, start)) {
                    pairs.add(previous, id);
                }
                previous = lexicon.listed(id) ? id : -1;
                previousEnd = i;
            }
        }
    }

    /**
     * One page between reading and deciding: its text, locked spans, words, the edits found so far, and the reading
     * chosen for each word (null for a word with nothing to choose).
     */
    private record PageWork(String text, boolean[] locked, double stripCost, List<Word> words, List<Edit> edits,
            Choice[] choices) {
    }

    /** Reads a page: encoding damage, its words with their context-free readings, counted into {@code vocabulary}. */
    private PageWork read(String text, double stripProbability, DocumentVocabulary vocabulary) {
        if (!(stripProbability > 0 && stripProbability < 1)) {
            throw new IllegalArgumentException("strip probability must be between 0 and 1, got " + stripProbability);
        }
        double stripCost = Math.max(0, -Math.log(stripProbability) + Math.log(1 - stripProbability));
        List<Edit> edits = new ArrayList<>();
        boolean[] locked = new boolean[text.length()];
        lockAddresses(text, locked);
        mojibake(text, locked, edits);
        List<Word> words = words(text, locked, stripCost, vocabulary);
        return new PageWork(text, locked, stripCost, words, edits, new Choice[words.size()]);
    }

    /**
     * True when the document shows OCR printing a small {@code å}, {@code ä} or {@code ö} as a capital {@code A} or
     * {@code O}: some word inside a sentence, and not before a capitalised word (a place such as {@code Öster Malma}),
     * was read, with its capital, as a word written small there (a preposition, adverb, conjunction, pronoun or verb:
     * {@code Over}, {@code Aven}, {@code Ar}), or a word has such a capital inside it ({@code ansOkt}). Only then are
     * other such capitals lowered; a document without such misreadings keeps its capitals ({@code Östra vägen}).
     */
    private boolean readsSmallAsCapital(List<PageWork> pages) {
        for (PageWork page : pages) {
            List<Word> words = page.words();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                Choice choice = page.choices()[i];
                if (choice != null && capitalInside(w.text, choice.word())) {
                    return true;
                }
                if (choice == null || choice.word().equals(w.lower) || w.boundaryBefore || w.text.length() < 2
                        || (w.text.charAt(0) != 'O' && w.text.charAt(0) != 'A')
                        || !Character.isLowerCase(w.text.charAt(1))
                        || !Folding.hasDiacritic(choice.word().charAt(0))
                        || afterLineNumber(page.text(), w.start) || beforeCapital(words, i)) {
                    continue;
                }
                if (writtenSmall(lexicon.bits(choice.word()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code printed}, a word with small letters, has a capital O or A after a letter where its reading
     * {@code word} has a Swedish letter: {@code ansOkt} read as {@code ansökt}, {@code HAllstrém} as
     * {@code Hällström}. No word is so written; OCR printed a small letter as a capital.
     */
    static boolean capitalInside(String printed, String word) {
        if (printed.length() != word.length() || printed.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int k = 1; k < printed.length(); k++) {
            char c = printed.charAt(k);
            if ((c == 'O' || c == 'A') && Character.isLetter(printed.charAt(k - 1))
                    && Folding.hasDiacritic(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when the word after word {@code i}, in the same sentence, starts with a capital. */
    private static boolean beforeCapital(List<Word> words, int i) {
        return i + 1 < words.size() && !words.get(i + 1).boundaryBefore
                && Character.isUpperCase(words.get(i + 1).text.charAt(0));
    }

    /**
     * True when word {@code i} comes before a capitalised word of its sentence that is not itself a small å, ä or ö
     * read as a capital: a place such as {@code Östra Långgatan} keeps its capital; {@code i Ovrigt Oppna} does not,
     * nor does a word written small ({@code Det Ar Kommunstyrelsen}: the caller checks that).
     */
    private static boolean beforeName(PageWork page, int i) {
        if (!beforeCapital(page.words(), i)) {
            return false;
        }
        Word next = page.words().get(i + 1);
        Choice choice = page.choices()[i + 1];
        char first = next.text.charAt(0);
        return !((first == 'O' || first == 'A') && choice != null && Folding.hasDiacritic(choice.word().charAt(0)));
    }

    /** True for a word only of the classes written small inside a sentence (a verb, an adverb: {@code är}). */
    private static boolean writtenSmall(int bits) {
        return (bits & NEVER_CAPITALISED) != 0 && (bits & MAY_BE_CAPITALISED) == 0;
    }

    /** Parts of speech written with a small letter inside a sentence, except in names. */
    private static final int NEVER_CAPITALISED = SwedishLexicon.PREPOSITION | SwedishLexicon.ADVERB
            | SwedishLexicon.CONJUNCTION | SwedishLexicon.PRONOUN | SwedishLexicon.VERB;
    private static final int MAY_BE_CAPITALISED = SwedishLexicon.NOUN | SwedishLexicon.ADJECTIVE
            | SwedishLexicon.NAME | SwedishLexicon.CAPITALISED;

    private RepairResult finish(PageWork page, boolean capitalMisreads) {
        List<Edit> edits = page.edits();
        wordEdits(page, edits, capitalMisreads);
        symbols(page.text(), page.locked(), edits);
        edits.sort(Comparator.comparingInt(Edit::start));
        withoutOverlaps(edits);
        return new RepairResult(apply(page.text(), edits), edits);
    }

    // ---- encoding damage ----

    private static void mojibake(String text, boolean[] locked, List<Edit> edits) {
        if (text.indexOf('Ã') < 0 && text.indexOf('Â') < 0) {
            return;
        }
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

    /** What the repair knows about one distinct token, independent of its place in a text (cached). */
    private record Prepared(List<CandidateFinder.Candidate> candidates, int[] ids, double[] pseudo,
            double[] unattested, boolean repairable, boolean known, boolean listed, int lowerId, double lowerPseudo,
            DocumentVocabulary.Anchor anchor, int[] tails, int language) {
    }

    /**
     * {@link Prepared#language} bits: in the English word list; English only (no Swedish form has its letters);
     * a word of the Swedish dictionary ({@code och}, {@code att}, {@code for}: many are in the English list too,
     * which web text fed; the counted manuals, which quote English, are no evidence here).
     */
    private static final int ENGLISH = 1;
    private static final int ENGLISH_ONLY = 2;
    private static final int LISTED_SWEDISH = 4;
    /** Part-of-speech bits: a word the Swedish dictionary lists (not a name, not only counted). */
    private static final int DICTIONARY_WORD = SwedishLexicon.NOUN | SwedishLexicon.VERB | SwedishLexicon.ADJECTIVE
            | SwedishLexicon.ADVERB | SwedishLexicon.PREPOSITION | SwedishLexicon.CONJUNCTION
            | SwedishLexicon.PRONOUN | SwedishLexicon.OTHER | SwedishLexicon.INTERJECTION;

    private static final Prepared FIXED = new Prepared(List.of(), new int[0], new double[0], new double[0], false,
            false, false, -1, 0, DocumentVocabulary.NONE, new int[0], 0);

    /** One word of the text and what the repair decided for it. */
    private static final class Word {
        final int start;
        final int end;
        final String text;
        final String lower;
        final boolean boundaryBefore;
        /** A comma or semicolon follows the word: its clause ends there. */
        boolean commaAfter;
        /** The word opens a numbered heading ({@link #afterLineNumber}): its capital marks no name. */
        boolean headingStart;
        /** A hyphen and a space follow the word: it is the first part of a compound written out later. */
        boolean suspended;
        /** For a word hyphenated at a line end: its two halves as printed (null otherwise). */
        final Word head;
        final Word tail;
        Prepared prepared = FIXED;
        String context;
        int contextId;
        /** Whose classes stand for the word's in the class model: -1 not looked up, -2 none (see {@link #classId}). */
        int classId = -1;
        double contextPseudo;
        /** The first reading is evidence for the document's pairs ({@link #countPairs}). */
        boolean evidence;
        /** The first reading repaired the word against the print, by its context (counted as such). */
        boolean repaired;
        /** The first reading chose other than the context-free reading its left neighbour was weighed against. */
        boolean firstDiffers;
        /** The second reading changed the word. */
        boolean reread;

        Word(int start, int end, String text, boolean boundaryBefore) {
            this(start, end, text, boundaryBefore, null, null);
        }

        private Word(int start, int end, String text, boolean boundaryBefore, Word head, Word tail) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.lower = text.toLowerCase(SWEDISH);
            this.boundaryBefore = boundaryBefore;
            this.head = head;
            this.tail = tail;
        }

        /** The word {@code head-⏎tail} read as one: repaired as a whole, written back into its two halves. */
        static Word joined(Word head, Word tail) {
            return new Word(head.start, tail.end, head.text + tail.text, head.boundaryBefore, head, tail);
        }

        boolean isJoined() {
            return head != null;
        }
    }

    /**
     * The words of a page, each with its reading regardless of context (the context for its neighbours' choices);
     * each word is counted into {@code vocabulary}, as an anchor when it has one reading only.
     */
    private List<Word> words(String text, boolean[] locked, double stripCost, DocumentVocabulary vocabulary) {
        List<Word> words = tokenize(text, locked);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            prepare(w);
            if (w.isJoined() && !w.prepared.known() && !w.prepared.repairable()) {
                // The halves make no word together (a suspended compound such as "hälso- och"): the first half
                // is a word of its own, the second is left as printed.
                words.set(i, w.head);
                // vård-⏎och omsorg: the first half stands for a compound when a word such as och follows.
                w.head.suspended = lexicon.knowsListed(w.tail.lower);
                prepare(w.head);
                w.tail.context = w.tail.lower;
                words.add(i + 1, w.tail);
                prepare(w.tail);
                i++;
            }
        }
        keepEnglishPassages(words);
        for (Word w : words) {
            if (w.prepared.repairable()) {
                Choice choice = best(text, w, null, null, stripCost, null, null);
                setContext(w, choice.word(), choice.index());
            }
            List<CandidateFinder.Candidate> readings = w.prepared.candidates();
            // A word with one reading is an anchor (unless it was kept as printed, a name perhaps).
            vocabulary.add(readings.size() == 1 && readings.get(0).word().equals(w.context)
                    ? w.prepared.anchor() : DocumentVocabulary.NONE);
        }
        return words;
    }

    /**
     * Keeps the English words of English sentences as printed: a sentence with at least {@link #ENGLISH_WORDS}
     * words that only English has ({@link SwedishLexicon#englishOnly}: {@code the}, {@code convert}), and at least
     * twice as many of them as words of the Swedish dictionary ({@code och}, {@code att}, {@code for}), is English, and
     * {@code to} there is not a stripped {@code tö}. Capitalised words inside the sentence (names) and acronyms
     * count for neither. Its other words (a Swedish section name, a term) are repaired as usual.
     */
    private void keepEnglishPassages(List<Word> words) {
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).boundaryBefore) {
                keepIfEnglish(words, start, i);
                start = i;
            }
        }
    }

    static final int ENGLISH_WORDS = 3;

    private void keepIfEnglish(List<Word> words, int from, int to) {
        int english = 0;
        int swedish = 0;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            int language = w.prepared.language();
            // Names and acronyms (Windows, JPEG) say nothing of the sentence's language; a sentence's first word
            // does, unless it is an acronym.
            boolean plain = w.text.equals(w.lower) || i == from && !isAcronym(w.text);
            if (plain && (language & ENGLISH_ONLY) != 0) {
                english++;
            } else if (plain && (language & LISTED_SWEDISH) != 0) {
                swedish++;
            }
        }
        if (english < ENGLISH_WORDS || english < 2 * swedish) {
            return;
        }
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (w.prepared.repairable() && (w.prepared.language() & ENGLISH) != 0) {
                w.prepared = FIXED;
                w.context = w.lower;
                prepare(w);
            }
        }
    }

    /** Chooses each word of a page between its neighbours, left to right (the first reading). */
    private void choose(PageWork page, DocumentVocabulary vocabulary) {
        List<Word> words = page.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.prepared.repairable()) {
                Choice choice = best(page.text(), w, left(words, i), right(words, i), page.stripCost(), vocabulary,
                        null);
                page.choices()[i] = choice;
                // The word left of this one was weighed against its context-free reading: if that changed here,
                // the lead this choice gave it is out of date.
                w.firstDiffers = !choice.word().equals(w.context);
                setContext(w, choice.word(), choice.index());
            }
        }
    }

    /**
     * Chooses again each word of a page that has rivals, now also by the pairs and repairs the whole document read
     * first ({@link DocumentPairs}), in order. A word that changes takes its old pairs and repair out of the counts
     * and puts its new ones in before the next word is weighed, so two places that read one pair differently cannot
     * each vote for the other and swap.
     */
    private void reconsider(PageWork page, DocumentVocabulary vocabulary, DocumentPairs pairs) {
        List<Word> words = page.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.prepared.repairable() || w.prepared.candidates().size() < 2) {
                continue;
            }
            Word left = left(words, i);
            Word right = right(words, i);
            Choice first = page.choices()[i];
            if (first.lead() > CLOSE_CALL || !couldChange(pairs, w, first, left, right)) {
                continue;
            }
            Choice again = best(page.text(), w, left, right, page.stripCost(), vocabulary, pairs);
            page.choices()[i] = again;
            if (!again.word().equals(first.word())) {
                count(words, i, pairs, -1);
                setContext(w, again.word(), again.index());
                markEvidence(w, again);
                w.reread = true;
                count(words, i, pairs, 1);
            }
        }
    }

    /**
     * True when what the document's pairs and repairs say for the candidates of {@code w} could overturn its first
     * reading {@code first}: some rival gains more on the chosen reading than the lead it lost by. A cheap test of
     * table lookups comes first, as most words have no such evidence. The lead holds for the neighbours' readings
     * the first reading saw; when the left neighbour was read anew, or the right one was weighed by its
     * context-free reading and then read otherwise, the word is weighed again whenever it has evidence.
     */
    private boolean couldChange(DocumentPairs pairs, Word w, Choice first, Word left, Word right) {
        boolean withLeft = left != boundary && together(left, w);
        boolean withRight = right != boundary;
        boolean any = false;
        for (int id : w.prepared.ids()) {
            int own = id == w.contextId ? 1 : 0;
            if (withLeft && pairs.uses(left.contextId, id) > (left.evidence && w.evidence ? own : 0)
                    || withRight && pairs.uses(id, right.contextId) > (w.evidence && right.evidence ? own : 0)
                    || pairs.repairs(id) > (w.repaired ? own : 0)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return false;
        }
        if (left != boundary && left.reread || right != boundary && right.firstDiffers) {
            // The lead was measured against other neighbours' readings than these: weigh the word again.
            return true;
        }
        int[] ids = w.prepared.ids();
        List<CandidateFinder.Candidate> candidates = w.prepared.candidates();
        double chosen = 0;
        double rivals = 0;
        for (int i = 0; i < ids.length; i++) {
            double gain = evidenceGain(pairs, w, left, right, ids[i]);
            if (candidates.get(i).word().equals(first.word())) {
                chosen = gain;
            } else {
                rivals = Math.max(rivals, gain);
            }
        }
        return rivals - chosen > first.lead();
    }

    /** The word left of word {@code i} that is its context, or the sentence boundary. */
    private Word left(List<Word> words, int i) {
        return i == 0 || words.get(i).boundaryBefore ? boundary : words.get(i - 1);
    }

    /**
     * The word right of word {@code i} that is its context, or the sentence boundary: a comma ends the word's
     * clause, so what follows it is no evidence for the word, and a clause end is (the counts hold sentence ends,
     * the nearest they know).
     */
    private Word right(List<Word> words, int i) {
        return i + 1 == words.size() || words.get(i + 1).boundaryBefore || words.get(i).commaAfter ? boundary
                : words.get(i + 1);
    }

    /** Two neighbouring words read together: same clause, no comma between. */
    private static boolean together(Word left, Word right) {
        return !right.boundaryBefore && !left.commaAfter;
    }

    /**
     * Counts each word into {@code pairs}; each pair of neighbours read together whose first readings are both
     * evidence (a word with one reading, or one its context chose clearly: a repair, or a word kept because every
     * rival scored clearly worse); and each repair. A word kept as printed for want of evidence against the print
     * is no evidence, else two places of one pair could each vote for the other's reading.
     */
    private static void countPairs(PageWork page, DocumentPairs pairs) {
        List<Word> words = page.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            markEvidence(w, page.choices()[i]);
            if (w.repaired) {
                pairs.addRepair(w.contextId);
            }
            pairs.countWord();
            if (i > 0 && counted(words.get(i - 1), w)) {
                pairs.add(words.get(i - 1).contextId, w.contextId);
            }
        }
    }

    /** Sets whether {@code w}'s reading {@code choice} (null: it has none to choose) is evidence, and a repair. */
    private static void markEvidence(Word w, Choice choice) {
        w.evidence = w.prepared.candidates().size() <= 1 || choice != null && choice.clear();
        w.repaired = choice != null && choice.clear() && !choice.word().equals(w.lower);
    }

    /** True when the pair of neighbours {@code left right} is counted: read together, and both readings evidence. */
    private static boolean counted(Word left, Word right) {
        return together(left, right) && left.evidence && right.evidence;
    }

    /** Adds ({@code sign} 1) or takes back (-1) what word {@code i} counts for: its repair and its two pairs. */
    private static void count(List<Word> words, int i, DocumentPairs pairs, int sign) {
        Word w = words.get(i);
        if (w.repaired) {
            pairs.changeRepair(w.contextId, sign);
        }
        if (i > 0 && counted(words.get(i - 1), w)) {
            pairs.change(words.get(i - 1).contextId, w.contextId, sign);
        }
        if (i + 1 < words.size() && counted(w, words.get(i + 1))) {
            pairs.change(w.contextId, words.get(i + 1).contextId, sign);
        }
    }

    /** Adds an edit for each word of a page whose reading differs from the print. */
    private void wordEdits(PageWork page, List<Edit> edits, boolean capitalMisreads) {
        List<Word> words = page.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            Choice choice = page.choices()[i];
            if (choice != null && !choice.word().equals(w.lower)) {
                int bits = lexicon.bits(choice.word());
                String to = restoreCase(w.text, choice.word(), bits,
                        capitalMisreads && !w.boundaryBefore && !afterLineNumber(page.text(), w.start)
                                && !startsParagraph(page.text(), w.start)
                                && !(beforeName(page, i) && !writtenSmall(bits)));
                if (w.isJoined()) {
                    splitEdits(w, to, choice, edits);
                } else if (!to.equals(w.text)) {
                    edits.add(new Edit(w.start, w.end, w.text, to, round(choice.confidence()), choice.rule()));
                }
            }
            Edit capital = sentenceInitialI(page.text(), page.locked(), words, i);
            if (capital != null) {
                edits.add(capital);
            }
        }
    }

    /**
     * Writes the repair {@code to} of a joined word back into its two printed halves, the line break untouched. The
     * halves keep their lengths when the change does (restored diacritics); otherwise the change must lie within
     * one half, else the word is left as printed.
     */
    private static void splitEdits(Word w, String to, Choice choice, List<Edit> edits) {
        String from = w.text;
        int cut = w.head.text.length();
        int at;
        if (to.length() == from.length()) {
            at = cut;
        } else {
            int prefix = 0;
            while (prefix < Math.min(from.length(), to.length()) && from.charAt(prefix) == to.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < Math.min(from.length(), to.length()) - prefix
                    && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
                suffix++;
            }
            if (cut <= prefix) {
                at = cut;
            } else if (cut >= from.length() - suffix) {
                at = cut + to.length() - from.length();
            } else {
                return;
            }
        }
        if (at <= 0 || at >= to.length()) {
            return;
        }
        double confidence = round(choice.confidence());
        String head = to.substring(0, at);
        String tail = to.substring(at);
        if (!head.equals(w.head.text)) {
            edits.add(new Edit(w.head.start, w.head.end, w.head.text, head, confidence, choice.rule()));
        }
        if (!tail.equals(w.tail.text)) {
            edits.add(new Edit(w.tail.start, w.tail.end, w.tail.text, tail, confidence, choice.rule()));
        }
    }

    private void setContext(Word w, String word, int index) {
        Prepared p = w.prepared;
        w.context = word;
        w.classId = -1;
        if (index >= 0) {
            w.contextId = p.ids()[index];
            w.contextPseudo = p.pseudo()[index];
        } else {
            w.contextId = p.lowerId();
            w.contextPseudo = p.lowerPseudo();
        }
    }

    private static boolean hasComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == ';') {
                return true;
            }
        }
        return false;
    }

    private Word boundaryWord() {
        Word b = new Word(0, 0, WordCounts.BOUNDARY, true);
        b.context = WordCounts.BOUNDARY;
        b.contextId = lexicon.id(WordCounts.BOUNDARY);
        b.contextPseudo = lexicon.total() / (double) WORDS_PER_SENTENCE;
        return b;
    }

    private List<Word> tokenize(String text, boolean[] locked) {
        List<Word> words = new ArrayList<>();
        int previousEnd = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isTokenChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isTokenChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && !startsWord(text.charAt(start)) && text.charAt(start) != '€') {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            boolean boundaryBefore = words.isEmpty() || isBoundary(text, previousEnd, start);
            if (!boundaryBefore && hasComma(text, previousEnd, start)) {
                words.get(words.size() - 1).commaAfter = true;
            }
            Word w = new Word(start, end, text.substring(start, end), boundaryBefore);
            // A numbered heading's first word (§ 87 Ansökan om bygglov) has its capital as a sentence's first word
            // has; the number stays its left context.
            w.headingStart = !boundaryBefore && Character.isUpperCase(text.charAt(start)) && afterLineNumber(text, start);
            // hälso- och sjukvård, vård- och omsorg, hälso-, sjuk- och tandvård: a first part standing for a compound.
            w.suspended = end + 1 < n && text.charAt(end) == '-'
                    && (text.charAt(end + 1) == ' ' || text.charAt(end + 1) == ',');
            Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
            boolean locks = isLocked(locked, start, end);
            if (previous != null && hyphenatedBreak(text, previousEnd, start)) {
                if (!locks && !previous.isJoined() && previous.context == null) {
                    // A word hyphenated at a line end: its halves are repaired as one word.
                    words.set(words.size() - 1, Word.joined(previous, w));
                    previousEnd = end;
                    continue;
                }
                w.context = w.lower;
            }
            if (locks) {
                w.context = w.lower;
            }
            words.add(w);
            previousEnd = end;
        }
        return words;
    }

    /**
     * A word ends in a letter; OCR also ends one in a digit it read for a letter ({@code arbetsmilj6}) when three
     * or more small letters come before it. Codes such as {@code H22} or {@code mp3} do not qualify.
     */
    private static boolean endsLikeAWord(String t) {
        int n = t.length();
        char last = t.charAt(n - 1);
        if (Character.isLetter(last)) {
            return true;
        }
        if ("640".indexOf(last) < 0 || n < 4) {
            return false;
        }
        for (int i = n - 4; i < n - 1; i++) {
            if (!Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || c == '|' || c == '&' || c == '@' || c == '€' || c == '„' || c == '†'
                || c == '”' || c == '™';
    }

    private void prepare(Word w) {
        if (w.context != null) {
            w.contextId = lexicon.id(w.context);
            w.contextPseudo = pseudoCount(w.contextId, w.context);
            return;
        }
        if (isNumber(w.text)) {
            w.context = WordCounts.NUMBER;
            w.contextId = lexicon.id(WordCounts.NUMBER);
            w.contextPseudo = pseudoCount(w.contextId, w.context);
            return;
        }
        Prepared p = prepared.get(w.text);
        if (p == null) {
            p = prepare(w.text, w.lower);
            if (prepared.size() >= PREPARED_LIMIT) {
                prepared.clear();
            }
            prepared.put(w.text, p);
        }
        w.prepared = p;
        w.context = w.lower;
        w.contextId = p.lowerId();
        w.contextPseudo = p.lowerPseudo();
    }

    private Prepared prepare(String t, String lower) {
        int lowerId = lexicon.id(lower);
        double lowerPseudo = pseudoCount(lowerId, lower);
        if (t.length() < 2 || !endsLikeAWord(t) || isAcronym(t) || hasInnerCapital(t)
                || startsWithNumber(t) || t.contains("€") && !Character.isLetter(t.charAt(0)) && !euroForA(t)) {
            return new Prepared(List.of(), new int[0], new double[0], new double[0], false, false, false, lowerId,
                    lowerPseudo, DocumentVocabulary.NONE, new int[0], language(lower));
        }
        String token = legacyCodePage(lower);
        boolean capital = Character.isUpperCase(t.charAt(0)) || t.charAt(0) == '@';
        List<CandidateFinder.Candidate> all = finder.candidates(token);
        // A word in small letters that nothing explains may still be one real text uses with its diacritics back
        // (äldreboenden: Hunspell accepts it, no list of ours holds it).
        boolean unexplained = !capital && all.isEmpty() && allLetters(t);
        if (capital || unexplained) {
            all = finder.withAttested(token, all);
        }
        all = trustInnerCapitals(t, all);
        List<CandidateFinder.Candidate> allowed = new ArrayList<>(all.size());
        boolean known = false;
        int[] ids = new int[all.size()];
        for (CandidateFinder.Candidate c : all) {
            int id = c.id() >= 0 ? c.id() : lexicon.id(c.word());
            boolean nameOnly = (lexicon.bits(id) & SwedishLexicon.CAPITALISED) != 0
                    || c.rule().equals(CandidateFinder.ATTESTED);
            // For a small word, only a reading Hunspell accepts in small letters: the text's list has names too.
            if (!nameOnly || capital || unexplained && (lexicon.bits(id) & SwedishLexicon.CAPITALISED) == 0
                    && lexicon.spells(c.word())) {
                ids[allowed.size()] = id;
                allowed.add(c);
                known |= c.word().equals(lower);
            }
        }
        ids = Arrays.copyOf(ids, allowed.size());
        double[] pseudo = new double[allowed.size()];
        for (int i = 0; i < ids.length; i++) {
            pseudo[i] = pseudoCount(ids[i], allowed.get(i).word());
        }
        double[] unattested = unattestedCosts(allowed);
        boolean repairable = !allowed.isEmpty() && !(known && allowed.size() == 1);
        DocumentVocabulary.Anchor anchor = allowed.size() == 1
                ? DocumentVocabulary.anchor(lastParts, allowed.get(0).word(), ids[0]) : DocumentVocabulary.NONE;
        return new Prepared(List.copyOf(allowed), ids, pseudo, unattested, repairable, known, lexicon.listed(lowerId),
                lowerId, lowerPseudo, anchor, unknownTails(ids.length), language(lower));
    }

    /** The {@link Prepared#language} bits of {@code lower}. */
    private int language(String lower) {
        boolean english = lexicon.english(lower);
        return (english ? ENGLISH : 0) | (english && lexicon.englishOnly(lower) ? ENGLISH_ONLY : 0)
                | ((lexicon.bits(lexicon.id(lower)) & DICTIONARY_WORD) != 0 ? LISTED_SWEDISH : 0);
    }

    /**
     * What a candidate that is not attested ({@link SwedishLexicon#attested}) pays when a rival reading of the same
     * token is: ln 16, the likelihood ratio measured on the seed texts. There the word actually written is attested
     * for 99.6% of the words that have a listed same-fold twin, the twins for 94%; of the compounds whose fold also
     * reads as other compounds, 6 in 22 are attested and none of their 39 rival readings. On the four pairs any
     * value from 1 to 3 gives the same figures.
     */
    static final double UNATTESTED_COST = Math.log(16);

    /**
     * What each candidate pays for not being attested when another candidate of the same token is:
     * {@link #UNATTESTED_COST}, else 0.
     */
    private double[] unattestedCosts(List<CandidateFinder.Candidate> candidates) {
        double[] costs = new double[candidates.size()];
        if (candidates.size() < 2) {
            return costs;
        }
        boolean any = false;
        boolean[] seen = new boolean[costs.length];
        for (int i = 0; i < costs.length; i++) {
            seen[i] = lexicon.attested(candidates.get(i).word());
            any |= seen[i];
        }
        if (any) {
            for (int i = 0; i < costs.length; i++) {
                costs[i] = seen[i] ? 0 : UNATTESTED_COST;
            }
        }
        return costs;
    }

    /** Marks every candidate's last part as not read yet. */
    private static int[] unknownTails(int candidates) {
        int[] tails = new int[candidates];
        Arrays.fill(tails, NOT_READ);
        return tails;
    }

    private static final int NOT_READ = -2;

    /**
     * The last part of candidate {@code i} ({@link LastParts}), read on first need and kept with the token: the
     * answer depends only on the word, so threads that race here write the same value.
     */
    private int tail(Prepared p, int i) {
        int tail = p.tails()[i];
        if (tail == NOT_READ) {
            tail = lastParts.of(p.candidates().get(i).word());
            p.tails()[i] = tail;
        }
        return tail;
    }

    /** The best reading of {@code w} between {@code left} and {@code right} (null: context-free). */
    private Choice best(String text, Word w, Word left, Word right, double stripCost, DocumentVocabulary vocabulary,
            DocumentPairs pairs) {
        Prepared p = w.prepared;
        double keep = p.known() ? Double.NaN : keepUnknownCost(w, left, right);
        // A capital inside a sentence is evidence for a name: between a name and a lower-case word with the same
        // letters (Are: Åre or äre), the word must also explain the capital.
        boolean capitalInside = left != null && !w.boundaryBefore && !w.headingStart
                && Character.isUpperCase(w.text.charAt(0));
        boolean nameEvidence = capitalInside && hasName(p);
        // After a capitalised word the lexicon does not know (a name), a capitalised word continues the name
        // (Vorta Drom, Café Ria): a lower-case word must explain its capital there too, and more so.
        // Before such a word, a capitalised word that may be a name begins one (Par Lofgren: Pär).
        boolean nameGoesOn = capitalInside && (left != boundary && continuesName(left, w, text)
                || nameEvidence && right != null && right != boundary && beginsName(w, right, text));
        double nameCost = nameGoesOn ? LOWER_CASE_WORD_AFTER_NAME : LOWER_CASE_WORD_WITH_CAPITAL;
        nameEvidence |= nameGoesOn;
        double bestScore = Double.POSITIVE_INFINITY;
        int bestIndex = -1;
        double keepScore = keep;
        List<CandidateFinder.Candidate> candidates = p.candidates();
        double[] scores = new double[candidates.size()];
        double[] firstPart = w.suspended && left != null ? firstPartCosts(candidates) : null;
        for (int i = 0; i < scores.length; i++) {
            CandidateFinder.Candidate c = candidates.get(i);
            double score = c.cost(stripCost) + (firstPart != null ? firstPart[i]
                    : p.unattested()[i] + languageCost(p.ids()[i], p.pseudo()[i], left, right));
            if (vocabulary != null && scores.length > 1) {
                score -= vocabulary.bonus(p.ids()[i], tail(p, i));
            }
            if (pairs != null) {
                score -= evidenceGain(pairs, w, left, right, p.ids()[i]);
            }
            if (nameEvidence && !isName(p, i)) {
                score += nameCost;
            }
            scores[i] = score;
            if (c.word().equals(w.lower)) {
                keepScore = score;
            }
            if (score < bestScore) {
                bestScore = score;
                bestIndex = i;
            }
        }
        // A printed word is kept unless its rival wins clearly; a word the counted text never uses is only
        // defended as a compound is.
        // A listed word printed with å, ä or ö is defended as a seen one: OCR seldom prints those letters where the
        // text had none, so a rare word such as ån is as trustworthy as a common one.
        boolean seen = lexicon.count(p.lowerId()) > 0 || hasSwedishLetter(w.lower);
        double margin = p.listed() && seen ? REAL_WORD_MARGIN : p.known() ? COMPOUND_MARGIN : 0;
        double rival = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (i != bestIndex) {
                rival = Math.min(rival, scores[i]);
            }
        }
        if (bestIndex < 0 || candidates.get(bestIndex).word().equals(w.lower)) {
            return new Choice(w.lower, -1, 1, "keep", rival - bestScore >= REAL_WORD_MARGIN,
                    rival - bestScore + margin);
        }
        if (!Double.isNaN(keepScore) && keepScore - bestScore < margin) {
            return new Choice(w.lower, -1, 1, "keep", false, margin - (keepScore - bestScore));
        }
        double min = Math.min(bestScore, Double.isNaN(keepScore) ? bestScore : keepScore);
        double sum = Double.isNaN(keep) ? 0 : Math.exp(min - keep);
        for (double s : scores) {
            sum += Math.exp(min - s);
        }
        CandidateFinder.Candidate best = candidates.get(bestIndex);
        double confidence = Math.exp(min - bestScore) / sum;
        String rule = p.known() ? "context" : best.rule();
        double lead = Double.isNaN(keepScore) ? rival - bestScore
                : Math.min(rival - bestScore, keepScore - bestScore - margin);
        return new Choice(best.word(), bestIndex, confidence, rule, lead >= CLEAR_REPAIR, lead);
    }

    /**
     * For the first part of a compound written out later ({@code vard- och omsorg}), what each candidate costs as
     * such: −log of its share of the attested compounds that begin with one of them ({@code vård-} 75,
     * {@code värd-} 18, counted as {@link CompoundSplitter#firstPartUses} counts), instead of its frequency as a word
     * of its own between its neighbours (which are not its context) and its attestation as a word of its own. Null
     * when no candidate begins an attested compound.
     */
    private double[] firstPartCosts(List<CandidateFinder.Candidate> candidates) {
        if (candidates.size() < 2) {
            return null;
        }
        double[] uses = new double[candidates.size()];
        double total = 0;
        for (int i = 0; i < uses.length; i++) {
            uses[i] = parts.firstPartUses(candidates.get(i).word());
            total += uses[i];
        }
        if (total == 0) {
            return null;
        }
        double[] costs = new double[uses.length];
        for (int i = 0; i < uses.length; i++) {
            costs[i] = -Math.log((uses[i] + 0.5) / (total + 0.5 * uses.length));
        }
        return costs;
    }

    /**
     * What the document's first reading says for candidate {@code id} of {@code w} (nats in its favour, ≥ 0): the
     * pairs it formed with these neighbours elsewhere, or the places it was clearly repaired to, whichever says
     * more; {@code w}'s own place does not count.
     */
    private double evidenceGain(DocumentPairs pairs, Word w, Word left, Word right, int id) {
        double gain = 0;
        if (left != boundary && together(left, w)) {
            gain += pairs.gain(left.contextId, id, id == w.contextId && left.evidence && w.evidence ? 1 : 0);
        }
        if (right != boundary) {
            gain += pairs.gain(id, right.contextId, id == w.contextId && w.evidence && right.evidence ? 1 : 0);
        }
        // A repair elsewhere is counted in its pairs too: the stronger of the two, not both.
        return Math.max(gain, pairs.repairGain(id, id == w.contextId && w.repaired ? 1 : 0));
    }

    /**
     * True when {@code w} is a capitalised word kept as printed that the lexicon does not list (a name, not an
     * acronym), and only spaces separate it from {@code next}.
     */
    private boolean continuesName(Word w, Word next, String text) {
        return Character.isUpperCase(w.text.charAt(0)) && w.lower.equals(w.context) && !lexicon.listed(w.contextId)
                && allLetters(w.text) && !isAcronym(w.text) && onlySpaces(text, w.end, next.start);
    }

    /**
     * True when {@code after}, the word right after {@code w} with only spaces between, is a capitalised word no
     * list holds as printed (a surname, as in {@code Par Lofgren}): {@code w} begins the name.
     */
    private boolean beginsName(Word w, Word after, String text) {
        return Character.isUpperCase(after.text.charAt(0)) && !lexicon.listed(lexicon.id(after.lower))
                && allLetters(after.text) && !isAcronym(after.text) && onlySpaces(text, w.end, after.start);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean hasName(Prepared p) {
        for (int i = 0; i < p.ids().length; i++) {
            if (isName(p, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Candidate {@code i} of {@code p} is a name: a name the lexicon lists, or a form found only in the word list of
     * real text (offered to capitalised tokens only: names and places).
     */
    private boolean isName(Prepared p, int i) {
        return isName(p.ids()[i]) || p.candidates().get(i).rule().equals(CandidateFinder.ATTESTED);
    }

    /** A name, or a word of no known class that the archive learned (names and local terms, mostly). */
    private boolean isName(int id) {
        int bits = lexicon.bits(id);
        return (bits & (SwedishLexicon.NAME | SwedishLexicon.CAPITALISED)) != 0
                || bits == 0 && id >= 0 && lexicon.archiveCount(lexicon.word(id)) > 0;
    }

    /**
     * A reading: the word, its index among the candidates (-1: the token as printed), confidence and rule;
     * {@code clear}: the context chose it (a repair, or a word kept because every rival scored clearly worse, not
     * merely for want of evidence against the print); {@code lead}: by how many nats a rival would have to gain on
     * it to be chosen instead.
     */
    private record Choice(String word, int index, double confidence, String rule, boolean clear, double lead) {
    }

    /** The cost of keeping a word the lexicon does not know: names and local terms are common in minutes. */
    private double keepUnknownCost(Word w, Word left, Word right) {
        boolean damaged = !allLetters(w.text);
        if (damaged) {
            return 40;
        }
        // A capital mid-sentence marks a name; at a sentence start it says nothing.
        boolean capital = Character.isUpperCase(w.text.charAt(0)) && !w.boundaryBefore && !w.headingStart;
        double implausible = UNSEEN_TRIGRAM_COST * Math.min(3, trigrams.unseen(w.lower));
        // A long capitalised word is unlikely as a name (NameLengths), unless it is an English word (Luminosity).
        double asName = capital && (w.prepared.language() & ENGLISH) == 0 ? nameLengths.cost(w.lower.length()) : 0;
        return languageCost(w.prepared.lowerId(), capital ? 0.05 : 0.005, left, right) + implausible + asName;
    }

    /**
     * −log of the word's probability between its neighbours: P(word | left) · P(right | word), each a pair estimate
     * backed off to the unigram with Witten-Bell weights (a word seen before many different words lends more weight
     * to the unigram). {@code left} null: the unigram alone.
     */
    private double languageCost(int word, double pseudo, Word left, Word right) {
        double total = lexicon.total();
        int wordCount = lexicon.count(word);
        double unigram = (wordCount + pseudo) / total;
        if (left == null) {
            return -Math.log(unigram);
        }
        double leftTypes = Math.max(1, lexicon.followers(left.contextId));
        double pLeft = (lexicon.pairCount(left.contextId, word) + leftTypes * unigram * classes.factor(classId(left), word))
                / (contextCount(left) + leftTypes);
        double rightUnigram = (lexicon.count(right.contextId) + right.contextPseudo) / total
                * classes.factor(word, classId(right));
        double pRight = rightUnigram;
        if (wordCount >= MIN_CONTEXT_COUNT) {
            double types = Math.max(1, lexicon.followers(word));
            pRight = (lexicon.pairCount(word, right.contextId) + types * rightUnigram) / (wordCount + types);
        }
        return -Math.log(pLeft) - Math.log(pRight);
    }

    /**
     * The word number whose classes stand for {@code w}'s in the class model: its own; for a lower-case word the
     * lexicon does not know, the head of its compound reading ({@code invånarreporter} is a noun as
     * {@code reporter} is), looked up once per reading; -1 when there is none.
     */
    private int classId(Word w) {
        if (w.contextId >= 0 || w == boundary) {
            return w.contextId;
        }
        if (w.classId == -1) {
            int head = -1;
            if (Character.isLowerCase(w.text.charAt(0)) && w.context != null) {
                if (heads.size() >= PREPARED_LIMIT) {
                    heads.clear();
                }
                head = heads.computeIfAbsent(w.context, lastParts::head);
            }
            w.classId = head < 0 ? -2 : head;
        }
        return w.classId < 0 ? -1 : w.classId;
    }

    /** Per unknown word: the head of its compound reading ({@link LastParts#head}), -1 for none (bounded). */
    private final Map<String, Integer> heads = new ConcurrentHashMap<>(1 << 10);

    private double contextCount(Word w) {
        if (w == boundary) {
            return (double) lexicon.total() / WORDS_PER_SENTENCE;
        }
        return lexicon.count(w.contextId);
    }

    /**
     * A small count for words that are known but were not seen in the counted text: more for common and
     * dictionary words, {@link #UNLISTED_PSEUDO} for the rest (listed by the counts or the archive only, compounds).
     */
    private double pseudoCount(int id, String word) {
        if (word.equals(WordCounts.BOUNDARY)) {
            return lexicon.total() / (double) WORDS_PER_SENTENCE;
        }
        int rank = lexicon.commonRank(id);
        if (rank >= 0) {
            return 1 + 200.0 / (rank + 20);
        }
        return lexicon.bits(id) != 0 ? 0.5 : UNLISTED_PSEUDO;
    }

    /** {@code l} at the start of a sentence is a misread capital {@code I}: no sentence starts in lower case. */
    private Edit sentenceInitialI(String text, boolean[] locked, List<Word> words, int i) {
        Word w = words.get(i);
        if (isLocked(locked, w.start, w.end) || !w.boundaryBefore || w.isJoined() || w.text.length() < 2
                || w.text.charAt(0) != 'l' || !allLetters(w.text)
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

    /**
     * True when only a number opens the line before {@code start}, with any signs around it, and the line is a
     * heading or an item rather than the next line of a sentence: a section sign or a closing parenthesis marks it
     * ({@code § 28 Övriga frågor}, {@code 3) Ärenden}), or the line before is blank or ends a sentence. A capital is
     * expected there.
     */
    static boolean afterLineNumber(String text, int start) {
        boolean digit = false;
        boolean marked = false;
        int i = start - 1;
        for (; i >= 0 && !isLineBreak(text.charAt(i)); i--) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return false;
            }
            digit |= Character.isDigit(c);
            marked |= c == '§' || c == ')';
        }
        if (!digit) {
            return false;
        }
        if (marked || i < 0) {
            return true;
        }
        // The line before: blank, or ending a sentence.
        int breaks = 0;
        for (; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f') {
                if (++breaks == 2 || c == '\f') {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }

    /**
     * True when {@code start} opens a line after a blank line, and the text before the blank line does not run on
     * (it ends in no letter, comma or hyphen): a paragraph's first word, where a capital is expected even when the
     * paragraph before did not end a sentence ({@code (KD)}, then {@code Övriga närvarande:}). OCR also puts blank
     * lines inside a sentence ({@code skapa}, blank, {@code ömsesidigt förtroende}); there the capital is a misread.
     */
    static boolean startsParagraph(String text, int start) {
        int i = start - 1;
        for (; i >= 0 && !isLineBreak(text.charAt(i)); i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        if (i < 0 || text.charAt(i) == '\f') {
            return true;
        }
        int breaks = 1;
        for (i--; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\f') {
                return true;
            }
            if (c == '\n' || c == '\r' && text.charAt(i + 1) != '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c)) {
                return breaks >= 2 && !Character.isLetter(c) && c != ',' && c != '-';
            }
        }
        return true;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f';
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

    /**
     * For a quotation mark standing alone between spaces before a word, whose next quotation mark closes (follows a
     * word without a space): the number of spaces between it and its word; 0 otherwise.
     */
    private static int detachedOpeningQuote(String text, int i) {
        char c = text.charAt(i);
        if (c != '”' && c != '“' && c != '"' || i == 0 || text.charAt(i - 1) != ' ') {
            return 0;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j == i + 1 || j == text.length() || !Character.isLetter(text.charAt(j))) {
            return 0;
        }
        for (int k = j; k < Math.min(text.length(), j + 300); k++) {
            char q = text.charAt(k);
            if (q == '”' || q == '“' || q == '"') {
                return Character.isLetterOrDigit(text.charAt(k - 1)) || ".,!?".indexOf(text.charAt(k - 1)) >= 0
                        ? j - i - 1 : 0;
            }
        }
        return 0;
    }

    private static boolean isCurlyQuote(String text, int i) {
        return i >= 0 && i < text.length() && (text.charAt(i) == '”' || text.charAt(i) == '“');
    }

    private static void symbols(String text, boolean[] locked, List<Edit> edits) {
        bullets(text, locked, edits);
        dashes(text, locked, edits);
        boolean typographic = text.indexOf('”') >= 0 || text.indexOf('“') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (locked[i]) {
                continue;
            }
            int gap = c == '”' || c == '“' || c == '"' ? detachedOpeningQuote(text, i) : 0;
            if (gap > 0) {
                // An opening quotation mark the OCR set apart from its word: joined again, in Swedish form when
                // the text uses curly marks, else as printed.
                String from = text.substring(i, i + 1 + gap);
                String to = c == '"' && !typographic ? "\"" : "”";
                edits.add(new Edit(i, i + 1 + gap, from, to, 0.7, "quote"));
                i += gap;
            } else if (c == '“') {
                edits.add(new Edit(i, i + 1, "“", "”", 0.8, "quote"));
            } else if (c == '"' && (isCurlyQuote(text, i - 1) || isCurlyQuote(text, i + 1))) {
                // One quotation mark read twice, as a curly and a straight one: the straight one goes.
                edits.add(new Edit(i, i + 1, "\"", "", 0.7, "quote"));
            } else if (c == '"' && typographic) {
                edits.add(new Edit(i, i + 1, "\"", "”", 0.7, "quote"));
            }
        }
    }

    /** A bullet OCR read as {@code e}, {@code «}, {@code ©}, {@code °} or {@code ¢}: alone at a line start, before a word. */
    private static void bullets(String text, boolean[] locked, List<Edit> edits) {
        int n = text.length();
        for (int line = 0; line < n; ) {
            int at = line;
            while (at < n && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at + 2 < n && BULLET_SEEN.indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == ' '
                    && Character.isLetter(text.charAt(at + 2)) && !locked[at]) {
                edits.add(new Edit(at, at + 1, String.valueOf(text.charAt(at)), "•", 0.9, "bullet"));
            }
            int next = text.indexOf('\n', line);
            line = next < 0 ? n : next + 1;
        }
    }

    /**
     * True when the dash at {@code i} opens a line (only spaces before it) right after a paragraph that ends with a
     * question mark and is not itself a list item: an interview's answer to its question.
     */
    private static boolean opensReply(String text, int i) {
        int lineStart = i;
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
            lineStart--;
        }
        if (lineStart == 0 || text.charAt(lineStart - 1) != '\n') {
            return false;
        }
        int j = lineStart - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j < 0 || text.charAt(j) != '?') {
            return false;
        }
        // The question's paragraph: back to a blank line or the text start; its first character is no dash.
        int start = j;
        while (start > 0) {
            int previousLine = text.lastIndexOf('\n', start - 1);
            if (previousLine < 0) {
                start = 0;
                break;
            }
            int before = text.lastIndexOf('\n', previousLine - 1) + 1;
            if (isBlank(text, before, previousLine)) {
                start = previousLine + 1;
                break;
            }
            start = before;
        }
        while (start < j && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return "-–—•".indexOf(text.charAt(start)) < 0;
    }

    /** A spaced em dash, or a hyphen spaced between words, is a Swedish dash (tankstreck): an en dash. */
    private static void dashes(String text, boolean[] locked, List<Edit> edits) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = text.charAt(i);
            if ((c != '—' && c != '-') || locked[i]) {
                continue;
            }
            boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ';
            boolean spaceAfter = text.charAt(i + 1) == ' ';
            boolean lineEndAfter = text.charAt(i + 1) == '\n' || text.startsWith("\r\n", i + 1);
            boolean wordAfter = spaceAfter && i + 2 < n && Character.isLetter(text.charAt(i + 2));
            boolean wordBefore = i >= 2 && (Character.isLetter(text.charAt(i - 2))
                    || (i >= 3 && (text.charAt(i - 2) == ',' || text.charAt(i - 2) == '.')
                            && Character.isLetter(text.charAt(i - 3))));
            boolean wordOnNextLine = lineEndAfter && nextLineStartsWithLetter(text, i + 1);
            // A dash set between words, also across a line end: Swedish sets an en dash there; a hyphen joins
            // words without spaces. A hyphen opening a line stays (documents use it for list items), unless it
            // opens the reply to a question: that is a dialogue dash, which Swedish sets as an en dash.
            boolean between = spaceBefore && wordBefore && (wordAfter || wordOnNextLine);
            if (c == '—' && spaceBefore && spaceAfter || between || wordAfter && opensReply(text, i)) {
                edits.add(new Edit(i, i + 1, String.valueOf(c), "–", 0.8, "dash"));
            }
        }
    }

    private static boolean nextLineStartsWithLetter(String text, int lineEnd) {
        int j = text.indexOf('\n', lineEnd) + 1;
        while (j > 0 && j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j > 0 && j < text.length() && Character.isLetter(text.charAt(j));
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

    /**
     * The repair {@code word} written in the case of the printed {@code original}. {@code mayLower}: a capital O or
     * A may stand for a small ö or ä here (inside a sentence, in a document that shows such misreadings).
     */
    private String restoreCase(String original, String word, int bits, boolean mayLower) {
        if (original.length() >= 2 && original.equals(original.toUpperCase(SWEDISH))
                && !original.equals(original.toLowerCase(SWEDISH))) {
            return word.toUpperCase(SWEDISH);
        }
        char first = original.charAt(0);
        // OCR reads a small ö or ä as a capital O or A; inside a sentence, a Swedish word keeps its small letter.
        // A reading no list or Hunspell knows (a compound name such as Öresundskraft, a name real text attests)
        // keeps its capital, and so does a noun in the definite form: the name of a body (Överförmyndaren,
        // Äldrenämnden), which minutes write with a capital.
        if ((first == 'O' || first == 'A') && Folding.hasDiacritic(word.charAt(0)) && mayLower
                && (bits & SwedishLexicon.CAPITALISED) == 0 && lexicon.knows(word) && !definiteNoun(word, bits)) {
            return word;
        }
        if (Character.isUpperCase(first) || first == '@' || (bits & SwedishLexicon.CAPITALISED) != 0) {
            return word.substring(0, 1).toUpperCase(SWEDISH) + word.substring(1);
        }
        return word;
    }

    /**
     * True when {@code word} (with part-of-speech {@code bits}) is a noun in the definite form, or, for a compound no
     * list holds, its head is.
     */
    private boolean definiteNoun(String word, int bits) {
        if (!lexicon.knowsListed(word)) {
            bits = lexicon.bits(lastParts.head(word));
        }
        int definite = SwedishLexicon.NOUN | SwedishLexicon.DEFINITE;
        return (bits & definite) == definite;
    }

    /**
     * Drops any edit that overlaps an earlier one (sorted by start): two rules claiming the same characters must not
     * garble the text or make it unrepairable. The first claim wins.
     */
    private static void withoutOverlaps(List<Edit> edits) {
        int end = 0;
        for (java.util.Iterator<Edit> it = edits.iterator(); it.hasNext();) {
            Edit e = it.next();
            if (e.start() < end) {
                it.remove();
            } else {
                end = e.end();
            }
        }
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

    /**
     * True when the line holding {@code text[at - 1]} starts with a word in lower case: a fragment of running text
     * (OCR often puts a blank line inside a paragraph), not a heading, so a blank line after it does not end its
     * sentence.
     */
    private static boolean runningText(String text, int at) {
        int i = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        while (i < at && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == at || !Character.isLowerCase(text.charAt(i))) {
            return false;
        }
        // Its first token is a word (letters, perhaps a comma), not an address or a code.
        while (i < at && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i == at || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',';
    }

    private static boolean isBoundary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '•' || c == ':') {
                return true;
            }
            if (c == '\n') {
                int j = i + 1;
                while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < to && text.charAt(j) == '\n' && !runningText(text, from)) {
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

    private static boolean hasSwedishLetter(String lower) {
        return lower.indexOf('å') >= 0 || lower.indexOf('ä') >= 0 || lower.indexOf('ö') >= 0;
    }

    /**
     * A capital A or O after a letter inside a word in small letters ({@code HAllstrém}, {@code ansOkt}) is OCR's
     * reading of a small letter with a diacritic (the dots or ring made it tall), not of a plain a or o: a reading
     * with the plain letter there costs {@link #PLAIN_FOR_INNER_CAPITAL} more.
     */
    static List<CandidateFinder.Candidate> trustInnerCapitals(String printed, List<CandidateFinder.Candidate> all) {
        boolean small = false;
        boolean inner = false;
        for (int k = 1; k < printed.length(); k++) {
            char c = printed.charAt(k);
            small |= Character.isLowerCase(c);
            inner |= (c == 'A' || c == 'O') && Character.isLetter(printed.charAt(k - 1));
        }
        if (!small || !inner) {
            return all;
        }
        List<CandidateFinder.Candidate> out = new ArrayList<>(all.size());
        for (CandidateFinder.Candidate c : all) {
            double extra = 0;
            if (c.word().length() == printed.length()) {
                for (int k = 1; k < printed.length(); k++) {
                    char p = printed.charAt(k);
                    char r = c.word().charAt(k);
                    if ((p == 'A' || p == 'O') && Character.isLetter(printed.charAt(k - 1)) && (r == 'a' || r == 'o')) {
                        extra += PLAIN_FOR_INNER_CAPITAL;
                    }
                }
            }
            out.add(extra == 0 ? c : new CandidateFinder.Candidate(c.word(), c.id(), c.cost() + extra, c.stripped(),
                    c.rule()));
        }
        return out;
    }

    static final double PLAIN_FOR_INNER_CAPITAL = 2.0;

    /** A token such as {@code €terkomma}: a € for an å before small letters only, not an amount ({@code €100}). */
    private static boolean euroForA(String t) {
        if (t.length() < 3 || t.charAt(0) != '€') {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if (!Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
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

    /**
     * Locks web and e-mail addresses. An address never holds white space, so the pattern runs only on the runs of
     * non-space characters that contain an {@code @} or a dot before a letter — a small part of ordinary text.
     */
    private static void lockAddresses(String text, boolean[] locked) {
        Matcher m = ADDRESS.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean maybe = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '@' || (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                    maybe = true;
                }
                i++;
            }
            if (maybe) {
                m.region(start, i);
                while (m.find()) {
                    lock(locked, m.start(), m.end());
                }
            }
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
