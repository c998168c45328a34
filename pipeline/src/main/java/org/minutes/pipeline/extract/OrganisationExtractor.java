package org.minutes.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisation names in one page's text by how Swedish names are built: department and board words
 * ({@code socialförvaltningen}, {@code skol- och fritidsförvaltningen}), name endings ({@code LP-stiftelsen},
 * {@code Pingstkyrkan}), head and tail words ({@code Region Skåne}, {@code Café Ria}, {@code Helsingborgs stad},
 * {@code Karlstad universitet}), {@code Centrum för tjänsteforskning (CTF)}, a type word before a name
 * ({@code föreningen Puff}), acronyms before a place ({@code PO Skåne}) and a list of national bodies.
 *
 * <p>Pure and thread-safe. Works per page; {@link EntityExtractor} merges forms and links acronyms across the
 * document. Word endings are compared without diacritics so that OCR text that lost them still matches.
 */
final class OrganisationExtractor {

    /**
     * One place an organisation is named.
     *
     * @param start offset of the first character
     * @param end offset after the last character
     * @param name the name in base form (genitive removed, department names in lowercase)
     * @param alias another name given for it on the spot (an acronym in parentheses, or the name after a facility
     *     word: {@code Ria} for {@code Café Ria}), or null
     * @param indefinite true for an indefinite department word ({@code socialförvaltning}), which names a body only
     *     when the definite form also occurs
     */
    record Hit(int start, int end, String name, String alias, boolean indefinite) {
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("vid", "i", "på", "som", "att", "med", "har", "är", "och",
            "samt", "eller", "från", "till", "av", "under", "inom", "om", "de", "det", "den", "en", "ett", "för", "kan",
            "ska", "var", "där", "när", "men", "hos", "mot", "via", "efter");
    private static final Set<String> FACILITY_HEADS = Set.of("cafe", "kafe", "restaurang", "fontanhuset",
            "kompetenscenter", "hotell");
    private static final Set<String> INDEFINITE = Set.of("forvaltning", "namnd", "stiftelse", "forening", "forbund",
            "forsamling");
    private static final Pattern COORDINATED = Pattern.compile("(\\p{L}+-\\s+(?:och|eller|samt)\\s+)$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s?\\(([^()]{2,80})\\)");

    private final Lexicon lexicon;
    private final List<String> departments;
    private final List<String> suffixes;
    private final Set<String> heads;
    private final Set<String> tails;
    private final Set<String> ofHeads;
    private final Set<String> types;
    private final List<String> known;

    OrganisationExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.departments = folded(lexicon.rules("department"));
        this.suffixes = folded(lexicon.rules("suffix"));
        this.heads = new HashSet<>(folded(lexicon.rules("head")));
        this.tails = new HashSet<>(folded(lexicon.rules("tail")));
        this.ofHeads = new HashSet<>(folded(lexicon.rules("of")));
        this.types = new HashSet<>(folded(lexicon.rules("type")));
        this.known = lexicon.rules("known");
    }

    private static List<String> folded(List<String> words) {
        return words.stream().map(Lexicon::fold).toList();
    }

    /** Every organisation named in {@code text}, in order of appearance, none overlapping. */
    List<Hit> find(String text, List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        knownNames(text, hits);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered(hits, t.start())) {
                continue;
            }
            int next = ofName(text, tokens, i, hits);
            if (next < 0) {
                next = headName(text, tokens, i, hits);
            }
            if (next < 0) {
                next = tailName(text, tokens, i, hits);
            }
            if (next < 0) {
                next = typedName(text, tokens, i, hits);
            }
            if (next < 0) {
                next = acronymPlace(text, tokens, i, hits);
            }
            if (next < 0) {
                next = endingName(text, tokens, i, hits);
            }
            if (next > i) {
                i = next - 1;
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private void knownNames(String text, List<Hit> hits) {
        for (String name : known) {
            int from = 0;
            for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, from)) {
                int end = at + name.length();
                from = end;
                boolean bounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (bounded && !overlaps(hits, at, end)) {
                    hits.add(new Hit(at, end, name, null, false));
                }
            }
        }
    }

    /** {@code Centrum för tjänsteforskning (CTF)}. */
    private int ofName(String text, List<Token> tokens, int i, List<Hit> hits) {
        Token head = tokens.get(i);
        if (!head.capitalised() || !ofHeads.contains(Lexicon.fold(head.text())) || i + 2 >= tokens.size()
                || !tokens.get(i + 1).text().equals("för") && !Lexicon.fold(tokens.get(i + 1).text()).equals("for")
                || !gapIsSpace(text, head, tokens.get(i + 1))) {
            return -1;
        }
        int j = i + 2;
        int last = -1;
        while (j < tokens.size() && j < i + 6 && gapIsSpace(text, tokens.get(j - 1), tokens.get(j))) {
            Token t = tokens.get(j);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("och") && last == j - 1 && j + 1 < tokens.size() && tokens.get(j + 1).lowercase()
                    && !FUNCTION_WORDS.contains(tokens.get(j + 1).text())) {
                j++;
                continue;
            }
            if (!t.lowercase() || FUNCTION_WORDS.contains(lower)) {
                break;
            }
            last = j;
            j++;
        }
        if (last < 0) {
            return -1;
        }
        return add(text, hits, head.start(), tokens.get(last).end(), text.substring(head.start(), tokens.get(last).end()), null, false, last + 1);
    }

    /** {@code Region Skåne}, {@code Café Ria}, {@code Fontänhuset Bryggan}. */
    private int headName(String text, List<Token> tokens, int i, List<Hit> hits) {
        Token head = tokens.get(i);
        String folded = Lexicon.fold(head.text());
        if (!head.capitalised() || !heads.contains(folded)) {
            return -1;
        }
        int j = i + 1;
        while (j < tokens.size() && j <= i + 3 && tokens.get(j).nameShaped() && gapIsSpace(text, tokens.get(j - 1), tokens.get(j))) {
            j++;
        }
        if (j == i + 1) {
            return -1;
        }
        int end = tokens.get(j - 1).end();
        String rest = text.substring(tokens.get(i + 1).start(), end);
        String alias = FACILITY_HEADS.contains(folded) ? rest : null;
        return add(text, hits, head.start(), end, text.substring(head.start(), end), alias, false, j);
    }

    /** {@code Helsingborgs stad}, {@code Karlstad universitet}, {@code Hemlösas hus}. */
    private int tailName(String text, List<Token> tokens, int i, List<Hit> hits) {
        int j = i;
        while (j < tokens.size() && j < i + 3 && tokens.get(j).nameShaped() && (j == i || gapIsSpace(text, tokens.get(j - 1), tokens.get(j)))) {
            Token t = tokens.get(j);
            if (t.sentenceStart() && lexicon.isCommonWord(t.text()) || j > i && lexicon.isCommonWord(t.text())) {
                break;
            }
            j++;
        }
        if (j == i || j >= tokens.size()) {
            return -1;
        }
        Token tail = tokens.get(j);
        if (!tail.lowercase() && !tail.text().equals("AB") || !tails.contains(Lexicon.fold(tail.text()))
                || !gapIsSpaceOrLine(text, tokens.get(j - 1), tail)) {
            return -1;
        }
        String name = text.substring(tokens.get(i).start(), tail.end()).replaceAll("\\s+", " ");
        if (name.endsWith("s") && tails.contains(Lexicon.fold(tail.text().substring(0, tail.text().length() - 1)))) {
            name = name.substring(0, name.length() - 1);
        }
        return add(text, hits, tokens.get(i).start(), tail.end(), name, null, false, j + 1);
    }

    /** {@code föreningen Puff}, {@code stödboendet Fenix}. */
    private int typedName(String text, List<Token> tokens, int i, List<Hit> hits) {
        Token type = tokens.get(i);
        if (!type.lowercase() || !types.contains(Lexicon.fold(type.text())) || i + 1 >= tokens.size()) {
            return -1;
        }
        int j = i + 1;
        while (j < tokens.size() && j <= i + 3 && (tokens.get(j).nameShaped() || tokens.get(j).acronym())
                && gapIsSpace(text, tokens.get(j - 1), tokens.get(j))) {
            j++;
        }
        if (j == i + 1) {
            return -1;
        }
        int start = tokens.get(i + 1).start();
        return add(text, hits, start, tokens.get(j - 1).end(), text.substring(start, tokens.get(j - 1).end()), null, false, j);
    }

    /** {@code PO Skåne}: an acronym before a place name. */
    private int acronymPlace(String text, List<Token> tokens, int i, List<Hit> hits) {
        Token acronym = tokens.get(i);
        if (!acronym.acronym() || acronym.text().chars().filter(Character::isLetter).count() < 2 || i + 1 >= tokens.size()
                || lexicon.isRole(acronym.text())) {
            return -1;
        }
        Token place = tokens.get(i + 1);
        if (!place.nameShaped() || !gapIsSpace(text, acronym, place) || lexicon.isCommonWord(place.text())
                || lexicon.isFirstName(place.text()) || place.end() < text.length() && text.charAt(place.end()) == '-') {
            return -1;
        }
        return add(text, hits, acronym.start(), place.end(), text.substring(acronym.start(), place.end()), null, false, i + 2);
    }

    /** {@code socialförvaltningen}, {@code skol- och fritidsförvaltningen}, {@code LP-stiftelsen}, {@code Helsingborgshem}. */
    private int endingName(String text, List<Token> tokens, int i, List<Hit> hits) {
        Token t = tokens.get(i);
        String word = t.text();
        String genitiveFree = word;
        String folded = Lexicon.fold(word);
        if (folded.endsWith("s") && !folded.endsWith("ss")) {
            String stem = folded.substring(0, folded.length() - 1);
            if (endsWithAny(stem, departments) != null || endsWithAny(stem, suffixes) != null) {
                genitiveFree = word.substring(0, word.length() - 1);
                folded = stem;
            }
        }
        String ending = endsWithAny(folded, departments);
        boolean department = ending != null;
        if (!department) {
            ending = t.capitalised() ? endsWithAny(folded, suffixes) : null;
            if (ending == null || !t.nameShaped() && word.indexOf('-') < 0) {
                return -1;
            }
        }
        int before = folded.length() - ending.length();
        if (before < 2 || before < 3 && folded.charAt(before - 1) != '-') {
            return -1;
        }
        int start = t.start();
        Matcher coordinated = COORDINATED.matcher(text.substring(Math.max(0, start - 40), start));
        String name = genitiveFree;
        if (department && coordinated.find()) {
            start = start - coordinated.group(1).length();
            name = coordinated.group(1).replaceAll("\\s+", " ") + genitiveFree;
        }
        if (department && !(name.length() > 1 && Character.isUpperCase(name.charAt(1)))) {
            name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        boolean indefinite = department && !isDefinite(ending);
        int end = t.end();
        int next = i + 1;
        if (!department && genitiveFree.equals(word)) {
            // "Studieförbundet Vuxenskolan": the generic word first, then the name proper
            while (next < tokens.size() && next <= i + 2 && tokens.get(next).nameShaped() && gapIsSpace(text, tokens.get(next - 1), tokens.get(next))
                    && !lexicon.isFirstName(tokens.get(next).text()) && !lexicon.isCommonWord(tokens.get(next).text())) {
                end = tokens.get(next).end();
                next++;
            }
            name = text.substring(start, end);
        }
        String alias = null;
        Matcher parenthesis = PARENTHESIS.matcher(text).region(end, text.length());
        if (parenthesis.lookingAt() && isAcronym(parenthesis.group(1))) {
            alias = parenthesis.group(1);
            end = parenthesis.end();
        }
        return add(text, hits, start, end, name, alias, indefinite, next);
    }

    private static boolean isDefinite(String ending) {
        return !INDEFINITE.contains(ending);
    }

    private static String endsWithAny(String folded, List<String> endings) {
        for (String ending : endings) {
            if (folded.endsWith(ending)) {
                return ending;
            }
        }
        return null;
    }

    private int add(String text, List<Hit> hits, int start, int end, String name, String alias, boolean indefinite, int next) {
        if (overlaps(hits, start, end)) {
            return -1;
        }
        if (alias == null) {
            Matcher parenthesis = PARENTHESIS.matcher(text).region(end, text.length());
            if (parenthesis.lookingAt() && (isAcronym(parenthesis.group(1)) || namesOrganisation(parenthesis.group(1)))) {
                alias = parenthesis.group(1).strip().replaceAll("\\s+", " ");
            }
        }
        hits.add(new Hit(start, end, name.replaceAll("\\s+", " "), alias == null ? null : alias.replaceAll("\\s+", " "), indefinite));
        return next;
    }

    /** An expansion in parentheses such as {@code Placerade ungas föräldraförening}: capitalised, ending in an organisation word. */
    private boolean namesOrganisation(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length < 2 || words.length > 6 || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        String last = Lexicon.fold(words[words.length - 1]);
        return endsWithAny(last, departments) != null || endsWithAny(last, suffixes) != null || tails.contains(last);
    }

    static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-')
                && Character.isUpperCase(s.charAt(0));
    }

    private static boolean gapIsSpace(String text, Token a, Token b) {
        return Token.joinable(text, a.end(), b.start());
    }

    private static boolean gapIsSpaceOrLine(String text, Token a, Token b) {
        int newlines = 0;
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return b.start() > a.end() && newlines <= 1;
    }

    private static boolean covered(List<Hit> hits, int offset) {
        for (Hit h : hits) {
            if (offset >= h.start() && offset < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Hit> hits, int start, int end) {
        for (Hit h : hits) {
            if (start < h.end() && h.start() < end) {
                return true;
            }
        }
        return false;
    }
}
