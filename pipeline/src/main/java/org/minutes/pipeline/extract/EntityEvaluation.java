package org.minutes.pipeline.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minutes.pipeline.model.DateFact;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Json;
import org.minutes.pipeline.model.Organisation;
import org.minutes.pipeline.model.Person;

/**
 * Compares what extraction found in a document with a hand-written gold file: precision, recall and F1 for person
 * names, organisation names and dates (ISO values).
 *
 * <p>Each type is compared as a set per document. Names match when equal after Unicode NFC, lowercasing, turning
 * every dash into {@code -} and collapsing whitespace. An organisation matches a gold name through its name or any of
 * its aliases, so {@code CTF} in the gold matches {@code Centrum för tjänsteforskning} with alias {@code CTF}; each
 * found entity matches at most one gold name. There is no partial credit: {@code Leif} for gold {@code Leif Redestig}
 * counts as one miss and one spurious name. With {@code foldDiacritics}, å/ä/ö/é also match a/a/o/e, for measuring OCR
 * text before repair. Pure and thread-safe.
 */
public final class EntityEvaluation {

    /** A gold file: {@code {"persons": [...], "organisations": [...], "dates": ["2020-11-16", ...]}}. */
    public record Gold(List<String> persons, List<String> organisations, List<String> dates) {

        public Gold {
            persons = persons == null ? List.of() : List.copyOf(persons);
            organisations = organisations == null ? List.of() : List.copyOf(organisations);
            dates = dates == null ? List.of() : List.copyOf(dates);
        }

        /** Reads a gold file; throws {@link IOException} when it cannot be read or parsed. */
        public static Gold read(Path file) throws IOException {
            return Json.mapper().readValue(file.toFile(), Gold.class);
        }
    }

    /**
     * The comparison for one type.
     *
     * @param gold how many gold names
     * @param found how many entities were found
     * @param correct how many gold names were found
     * @param missed gold names not found
     * @param spurious found names that are not in the gold
     */
    public record Score(int gold, int found, int correct, List<String> missed, List<String> spurious) {

        /** Correct among found; 1 when nothing was found. */
        public double precision() {
            return found == 0 ? 1.0 : (double) correct / found;
        }

        /** Correct among gold; 1 when the gold is empty. */
        public double recall() {
            return gold == 0 ? 1.0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The sum of two scores (micro-average over documents). */
        public Score plus(Score other) {
            List<String> m = new ArrayList<>(missed);
            m.addAll(other.missed);
            List<String> s = new ArrayList<>(spurious);
            s.addAll(other.spurious);
            return new Score(gold + other.gold, found + other.found, correct + other.correct, m, s);
        }

        static Score empty() {
            return new Score(0, 0, 0, List.of(), List.of());
        }
    }

    /** The scores of one document, or the sum over several. */
    public record Report(Score persons, Score organisations, Score dates) {

        public Report plus(Report other) {
            return new Report(persons.plus(other.persons), organisations.plus(other.organisations), dates.plus(other.dates));
        }

        @JsonIgnore
        public static Report empty() {
            return new Report(Score.empty(), Score.empty(), Score.empty());
        }
    }

    private EntityEvaluation() {
    }

    /** Scores what was extracted from {@code document} against {@code gold}. */
    public static Report evaluate(Gold gold, Document document, boolean foldDiacritics) {
        List<List<String>> persons = new ArrayList<>();
        for (Person p : document.persons()) {
            persons.add(List.of(p.name()));
        }
        List<List<String>> organisations = new ArrayList<>();
        for (Organisation o : document.organisations()) {
            List<String> names = new ArrayList<>();
            names.add(o.name());
            names.addAll(o.aliases());
            organisations.add(names);
        }
        Set<String> isoValues = new LinkedHashSet<>();
        for (DateFact d : document.dates()) {
            isoValues.add(d.iso());
        }
        List<List<String>> dates = isoValues.stream().map(List::of).toList();
        return new Report(score(gold.persons(), persons, foldDiacritics), score(gold.organisations(), organisations, foldDiacritics),
                score(gold.dates(), dates, false));
    }

    /**
     * Scores found entities, each given as its names (the first is shown), against gold names.
     *
     * @param gold the gold names; repeated names count once
     * @param found each found entity's names
     * @param foldDiacritics whether å/ä/ö/é match a/a/o/e
     */
    public static Score score(List<String> gold, List<List<String>> found, boolean foldDiacritics) {
        List<String> goldNames = new ArrayList<>(new LinkedHashSet<>(gold));
        boolean[] used = new boolean[found.size()];
        List<String> missed = new ArrayList<>();
        int correct = 0;
        for (String g : goldNames) {
            String key = normalize(g, foldDiacritics);
            int match = -1;
            for (int k = 0; k < found.size() && match < 0; k++) {
                if (!used[k]) {
                    for (String name : found.get(k)) {
                        if (normalize(name, foldDiacritics).equals(key)) {
                            match = k;
                            break;
                        }
                    }
                }
            }
            if (match >= 0) {
                used[match] = true;
                correct++;
            } else {
                missed.add(g);
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (!used[k]) {
                spurious.add(found.get(k).get(0));
            }
        }
        return new Score(goldNames.size(), found.size(), correct, missed, spurious);
    }

    /** The form names are compared in. */
    static String normalize(String name, boolean foldDiacritics) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-").replaceAll("\\s+", " ").strip();
        if (foldDiacritics) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        return s;
    }
}
