package org.minutes.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The word lists entity extraction uses: Swedish first and last names, nicknames, role words, how organisation
 * names are built, and LanguageTool's Swedish morphological dictionary (to tell common words from names).
 *
 * <p>Loaded once ({@link #get()}); thread-safe. Names are looked up by a folded key (lowercase, å/ä/ö/é as a/a/o/e)
 * so that OCR text that lost its diacritics still matches.
 */
final class Lexicon {

    private static final String BASE = "/org/minutes/pipeline/extract/";
    private static final String DICTIONARY = "/org/languagetool/resource/sv/swedish.dict";
    private static volatile Lexicon instance;

    final Set<String> firstNames;
    final Set<String> lastNames;
    final Map<String, List<String>> nicknames;
    final Set<String> roles;
    final List<String> roleEndings;
    final Map<String, List<String>> organisationRules;
    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    private Lexicon() {
        firstNames = folded(lines("datafaker-first-names.txt"), lines("common-first-names.txt"));
        lastNames = folded(lines("datafaker-last-names.txt"));
        nicknames = new HashMap<>();
        for (String line : lines("nicknames.tsv")) {
            String[] parts = line.split("\t");
            nicknames.put(fold(parts[0]), List.of(parts[1].split(",")));
        }
        roles = new HashSet<>();
        roleEndings = new ArrayList<>();
        for (String line : lines("roles.txt")) {
            if (line.startsWith("-")) {
                roleEndings.add(line.substring(1).toLowerCase(Locale.ROOT));
            } else {
                roles.add(line.toLowerCase(Locale.ROOT));
            }
        }
        organisationRules = new HashMap<>();
        for (String line : lines("organisation-heads.txt")) {
            String[] parts = line.split("\t");
            organisationRules.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        URL dict = Lexicon.class.getResource(DICTIONARY);
        if (dict == null) {
            throw new IllegalStateException("the Swedish dictionary " + DICTIONARY + " is missing from the class path");
        }
        try {
            dictionary = Dictionary.read(dict);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DICTIONARY, e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The shared instance, loaded on first use. */
    static Lexicon get() {
        Lexicon result = instance;
        if (result == null) {
            synchronized (Lexicon.class) {
                result = instance;
                if (result == null) {
                    result = new Lexicon();
                    instance = result;
                }
            }
        }
        return result;
    }

    /** Lowercase without diacritics: the key names are compared by. */
    static String fold(String word) {
        char[] chars = new char[word.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= LATIN1_FROM && c < LATIN1_FROM + LATIN1_BASE.length()) {
                c = LATIN1_BASE.charAt(c - LATIN1_FROM);
            } else if (c >= 128) {
                return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
            chars[i] = c;
        }
        return new String(chars);
    }

    /** Lowercase Latin-1 letters à…ÿ without their diacritics (ß, æ, ð, ø, þ and ÷ stay as they are): the fast path of {@link #fold}. */
    private static final char LATIN1_FROM = 'à';
    private static final String LATIN1_BASE = "aaaaaaæceeeeiiiiðnooooo÷øuuuuyþy";

    boolean isFirstName(String word) {
        return firstNames.contains(fold(word));
    }

    boolean isLastName(String word) {
        return lastNames.contains(fold(word)) || looksLikeSurname(word);
    }

    /** Common Swedish surname endings: -son, -ström, -berg, -gren… */
    private static boolean looksLikeSurname(String word) {
        String w = fold(word);
        return w.length() > 4 && (w.endsWith("sson") || w.endsWith("son") || w.endsWith("strom") || w.endsWith("berg")
                || w.endsWith("gren") || w.endsWith("qvist") || w.endsWith("kvist") || w.endsWith("lund")
                || w.endsWith("holm") || w.endsWith("blad") || w.endsWith("dahl") || w.endsWith("stedt"));
    }

    /**
     * True when {@code word}, written in lowercase, is a Swedish common word (any part of speech but a proper
     * noun): "Hon", "Region" and "Strand" are; "Emelie" and "Helsingborg" are not.
     */
    boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordData data : lookup.get().lookup(lower)) {
            CharSequence tag = data.getTag();
            if (tag != null && !(tag.length() >= 2 && tag.charAt(0) == 'P' && tag.charAt(1) == 'M')) {
                return true;
            }
        }
        return false;
    }

    /** True when the dictionary knows {@code word}, as written, as a proper noun (a name or a place). */
    boolean isProperNoun(String word) {
        for (WordData data : lookup.get().lookup(word)) {
            CharSequence tag = data.getTag();
            if (tag != null && tag.length() >= 2 && tag.charAt(0) == 'P' && tag.charAt(1) == 'M') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} is a role or title: {@code socialdirektör}, {@code HR-chef}, {@code ordförande}. */
    boolean isRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (roles.contains(lower)) {
            return true;
        }
        for (String ending : roleEndings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1) {
                return true;
            }
        }
        return false;
    }

    List<String> rules(String kind) {
        return organisationRules.getOrDefault(kind, List.of());
    }

    @SafeVarargs
    private static Set<String> folded(List<String>... lists) {
        Set<String> set = new HashSet<>();
        for (List<String> list : lists) {
            for (String name : list) {
                set.add(fold(name));
            }
        }
        return set;
    }

    private static List<String> lines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("word list " + BASE + name + " is missing from the class path");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(Normalizer.normalize(trimmed, Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return lines;
    }
}
