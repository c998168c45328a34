package org.minutes.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full personal names in one page's text: sequences of two to five name-shaped words that a name list, a
 * surname ending, a role word or the structure around them ({@code Organisation (Namn)}) marks as a person, with the
 * role stated next to them ({@code socialdirektör Emelie Erixon}, {@code Sara Nilsson, FACT-samordnare},
 * {@code Khawla Ibrahim är processledare}).
 *
 * <p>Capitalised common words (sentence starts, headings: "Hon", "Region", "Nästa") are told from names with
 * LanguageTool's Swedish dictionary. First-name-only mentions are linked later, per document, by
 * {@link EntityExtractor}. Pure and thread-safe.
 */
final class PersonExtractor {

    /**
     * A full name found in the text.
     *
     * @param start offset of the name's first character
     * @param end offset after its last character
     * @param name the name as written, spaces normalized
     * @param role a role or title stated next to it, or null
     * @param affiliation the organisation it was given with, or null
     */
    record Hit(int start, int end, String name, String role, String affiliation) {
    }

    private static final Set<String> PARTICLES = Set.of("von", "af", "de", "van", "der", "den", "da", "del", "di", "du",
            "el", "al", "bin", "ibn", "le", "la");
    private static final Pattern ROLE_AFTER = Pattern.compile("\\G(?:,\\s*|\\s+är\\s+(?:\\p{L}+\\s+)?)([\\p{L}][\\p{L}-]*)");

    /** Between a role word and the name it introduces: spaces, or a colon ("Ny socialdirektör: Eva Lind"). */
    private static final Pattern ROLE_GAP = Pattern.compile(":?[ \u00a0]+");

    private final Lexicon lexicon;

    PersonExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every full name in {@code text} outside the organisation names already found, in order. */
    List<Hit> find(String text, List<Token> tokens, List<OrganisationExtractor.Hit> organisations) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = runEnd(text, tokens, i, organisations);
            if (end - i < 2) {
                i = Math.max(end, i + 1);
                continue;
            }
            int first = i;
            String role = null;
            while (first < end && leadingNonName(tokens.get(first))) {
                if (lexicon.isRole(tokens.get(first).text())) {
                    role = tokens.get(first).text();
                }
                first++;
            }
            int last = end;
            while (last - first > 2 && trailingNonName(tokens.get(last - 1))) {
                last--;
            }
            if (last - first >= 2 && isName(text, tokens, first, last, role != null)) {
                Token a = tokens.get(first);
                Token b = tokens.get(last - 1);
                if (role == null && first > 0 && lexicon.isRole(tokens.get(first - 1).text())
                        && ROLE_GAP.matcher(text.substring(tokens.get(first - 1).end(), a.start())).matches()) {
                    role = tokens.get(first - 1).text();
                }
                String affiliation = null;
                Matcher after = ROLE_AFTER.matcher(text).region(b.end(), text.length());
                if (role == null && after.lookingAt() && lexicon.isRole(after.group(1))) {
                    role = after.group(1);
                    OrganisationExtractor.Hit org = organisationAt(organisations, text, after.end());
                    affiliation = org == null ? null : org.name();
                }
                OrganisationExtractor.Hit before = organisationBefore(organisations, text, a.start());
                if (before != null) {
                    affiliation = before.name();
                }
                hits.add(new Hit(a.start(), b.end(), text.substring(a.start(), b.end()).replaceAll("\\s+", " "),
                        role == null ? null : baseRole(role), affiliation));
            }
            i = end;
        }
        return hits;
    }

    /** True when {@code phrase} (two to five words) has the shape of a personal name; for structural slots. */
    boolean looksLikeName(String phrase) {
        List<Token> tokens = Token.of(phrase);
        if (tokens.size() < 2 || tokens.size() > 5) {
            return false;
        }
        int common = 0;
        for (Token t : tokens) {
            if (!t.nameShaped() && !PARTICLES.contains(t.text())) {
                return false;
            }
            if (lexicon.isCommonWord(t.text()) && !lexicon.isFirstName(t.text()) && !lexicon.isLastName(t.text())) {
                common++;
            }
        }
        String first = tokens.get(0).text();
        return common == 0 || lexicon.isFirstName(first) && !lexicon.isCommonWord(first);
    }

    /** Like {@link #looksLikeName}, and a first name or a surname in it is known: for names in parentheses. */
    boolean likelyName(String phrase) {
        if (!looksLikeName(phrase)) {
            return false;
        }
        List<Token> tokens = Token.of(phrase);
        for (Token t : tokens) {
            if (lexicon.isFirstName(t.text())) {
                return true;
            }
        }
        return lexicon.isLastName(tokens.get(tokens.size() - 1).text());
    }

    private int runEnd(String text, List<Token> tokens, int i, List<OrganisationExtractor.Hit> organisations) {
        int j = i;
        while (j < tokens.size() && j - i < 5) {
            Token t = tokens.get(j);
            boolean particle = j > i && PARTICLES.contains(t.text()) && j + 1 < tokens.size() && tokens.get(j + 1).nameShaped();
            if (!(t.nameShaped() || particle) || inside(organisations, t)
                    || j > i && !Token.joinable(text, tokens.get(j - 1).end(), t.start())) {
                break;
            }
            j++;
        }
        return j;
    }

    private boolean leadingNonName(Token t) {
        if (lexicon.isRole(t.text())) {
            return true;
        }
        return lexicon.isCommonWord(t.text()) && !lexicon.isFirstName(t.text());
    }

    private boolean trailingNonName(Token t) {
        return lexicon.isCommonWord(t.text()) && !lexicon.isFirstName(t.text()) && !lexicon.isLastName(t.text());
    }

    private boolean isName(String text, List<Token> tokens, int first, int last, boolean roleBefore) {
        boolean anyFirstName = false;
        boolean anyCommon = false;
        for (int k = first; k < last; k++) {
            String word = tokens.get(k).text();
            if (PARTICLES.contains(word)) {
                continue;
            }
            anyFirstName |= lexicon.isFirstName(word);
            anyCommon |= lexicon.isCommonWord(word) && !lexicon.isFirstName(word) && !lexicon.isLastName(word);
        }
        if (lexicon.isFirstName(tokens.get(first).text())) {
            return true; // after a first name, a capitalised common word is a surname: Lisa Berg, Gösta Strand
        }
        if (anyCommon) {
            return false;
        }
        boolean roleNear = roleBefore || first > 0 && lexicon.isRole(tokens.get(first - 1).text())
                && ROLE_GAP.matcher(text.substring(tokens.get(first - 1).end(), tokens.get(first).start())).matches();
        return anyFirstName || lexicon.isLastName(tokens.get(last - 1).text()) || roleNear;
    }

    /** {@code socialdirektören} → {@code socialdirektör}; {@code Socialdirektör} → {@code socialdirektör}. */
    String baseRole(String role) {
        String r = role;
        if (r.length() > 1 && Character.isUpperCase(r.charAt(0)) && Character.isLowerCase(r.charAt(1))) {
            r = r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
        }
        for (String ending : new String[] {"en", "n"}) {
            if (r.endsWith(ending) && lexicon.isRole(r.substring(0, r.length() - ending.length()))) {
                return r.substring(0, r.length() - ending.length());
            }
        }
        return r;
    }

    private static boolean inside(List<OrganisationExtractor.Hit> organisations, Token t) {
        for (OrganisationExtractor.Hit h : organisations) {
            if (t.start() < h.end() && h.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /** The organisation ending just before "{@code (}" at {@code nameStart}: {@code Värmestugan (Monika Freij)}. */
    private static OrganisationExtractor.Hit organisationBefore(List<OrganisationExtractor.Hit> organisations, String text,
            int nameStart) {
        if (nameStart < 2 || text.charAt(nameStart - 1) != '(') {
            return null;
        }
        for (OrganisationExtractor.Hit h : organisations) {
            if (h.end() <= nameStart - 1 && text.substring(h.end(), nameStart - 1).isBlank()) {
                return h;
            }
        }
        return null;
    }

    private static OrganisationExtractor.Hit organisationAt(List<OrganisationExtractor.Hit> organisations, String text, int from) {
        for (OrganisationExtractor.Hit h : organisations) {
            if (h.start() >= from && h.start() - from <= 2 && text.substring(from, h.start()).isBlank()) {
                return h;
            }
        }
        return null;
    }
}
