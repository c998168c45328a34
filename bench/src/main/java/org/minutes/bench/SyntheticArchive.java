package org.minutes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates an archive of minutes-like Swedish text files from seed texts, deterministically from a seed number:
 * paragraphs shuffled, person names and dates substituted, OCR-style damage (lost and misread å/ä/ö) on a share of
 * pages. Each file is one meeting of {@link #PAGES_PER_FILE} pages separated by form feeds, titled with a body
 * and a date.
 */
public final class SyntheticArchive {

    static final int PAGES_PER_FILE = 5;
    static final int CHARS_PER_PAGE = 1800;
    /** Share of pages given OCR-style damage. */
    static final double DAMAGED_SHARE = 0.2;
    /** Longest paragraph piece taken from a seed text. */
    static final int MAX_PIECE = 500;

    private static final String[] BODIES = {"Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden",
        "Kulturnämnden", "Tekniska nämnden", "Miljönämnden", "Arbetsgrupp för hemlöshet", "Ledningsgrupp för äldreomsorg",
        "Styrgrupp för digitalisering", "Samverkansgrupp för ungdomar"};
    private static final String[] FIRST = {"Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Kerstin",
        "Per", "Birgitta", "Mikael", "Ingrid", "Magnus", "Åsa", "Björn", "Linnéa", "Göran", "Sofia", "Örjan"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Olsson", "Persson", "Svensson", "Gustafsson", "Lindström", "Åberg", "Söderberg", "Björk", "Ström", "Holmqvist"};
    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december"};
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?:son|sson|man|berg|ström|qvist|gren|lund|dahl|strand)\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?: \\d{4})?\\b");

    private final List<String> paragraphs;

    /** @param seedTexts Swedish texts whose paragraphs make up the generated pages */
    public SyntheticArchive(List<String> seedTexts) {
        List<String> all = new ArrayList<>();
        for (String text : seedTexts) {
            for (String paragraph : text.split("\\n\\s*\\n")) {
                for (String piece : pieces(paragraph.strip())) {
                    if (piece.length() > 40) {
                        all.add(piece);
                    }
                }
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the seed texts have no paragraphs to build pages from");
        }
        this.paragraphs = List.copyOf(all);
    }

    /**
     * A paragraph cut into pieces of at most {@link #MAX_PIECE} characters at line breaks: text extracted from a PDF
     * often has no blank lines at all, and a whole document as one "paragraph" would make every page a copy of it.
     */
    static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            if (piece.length() > 0 && piece.length() + line.length() > MAX_PIECE) {
                pieces.add(piece.toString().strip());
                piece.setLength(0);
            }
            piece.append(line).append('\n');
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString().strip());
        }
        return pieces;
    }

    /** Writes files holding {@code pages} pages in all into {@code folder}; returns the page texts in order. */
    public List<String> write(Path folder, int pages, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<String> allPages = new ArrayList<>();
        for (int file = 0; allPages.size() < pages; file++) {
            StringBuilder document = new StringBuilder();
            String body = BODIES[random.nextInt(BODIES.length)];
            int year = 1995 + random.nextInt(30);
            String title = body + " " + (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + year;
            for (int p = 0; p < PAGES_PER_FILE && allPages.size() < pages; p++) {
                String page = page(random, p == 0 ? title + "\n\n" : "", year);
                if (random.nextDouble() < DAMAGED_SHARE) {
                    page = damage(page, random);
                }
                allPages.add(page);
                if (p > 0) {
                    document.append('\f');
                }
                document.append(page);
            }
            Path dir = folder.resolve(String.valueOf(year));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(String.format("protokoll-%06d.txt", file)), document, StandardCharsets.UTF_8);
        }
        return allPages;
    }

    private String page(Random random, String head, int year) {
        StringBuilder page = new StringBuilder(head);
        while (page.length() < CHARS_PER_PAGE) {
            page.append(substitute(paragraphs.get(random.nextInt(paragraphs.size())), random, year)).append("\n\n");
        }
        return page.toString();
    }

    private static String substitute(String paragraph, Random random, int year) {
        Matcher names = NAME.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
        }
        names.appendTail(out);
        Matcher dates = DATE.matcher(out.toString());
        StringBuilder dated = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(dated, (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + year);
        }
        dates.appendTail(dated);
        return dated.toString();
    }

    /** What OCR without a Swedish model does to å/ä/ö: mostly lost, sometimes misread. */
    static String damage(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String replacement = switch (c) {
                case 'å' -> random.nextDouble() < 0.85 ? "a" : "&";
                case 'ä' -> random.nextDouble() < 0.7 ? "a" : random.nextBoolean() ? "d" : "é";
                case 'ö' -> random.nextDouble() < 0.7 ? "o" : random.nextBoolean() ? "6" : "é";
                case 'Å', 'Ä' -> "A";
                case 'Ö' -> "O";
                default -> null;
            };
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }
}
