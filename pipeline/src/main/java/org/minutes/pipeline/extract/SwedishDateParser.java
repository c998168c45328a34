package org.minutes.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutes.pipeline.model.PartialDate;

/**
 * Finds Swedish date expressions in text and says what they mean, keeping how much is known: {@code 16 november
 * 2020} is a day, {@code november 2020} a month, {@code 9 mars} a day whose year was not printed.
 *
 * <p>Pure and thread-safe. Expressions that name impossible dates (31 februari) are skipped, not guessed.
 */
public final class SwedishDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augusti", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?::[ae]|[ae])?\\s+" + MONTH + "\\.?(?:,?\\s+(\\d{4})(?!\\d))?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\d\\s)(?<!\\d\\s\\s)" + MONTH + "\\.?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private SwedishDateParser() {
    }

    /** Every date expression in {@code text}, in order of appearance, none overlapping. */
    public static List<DateMention> findAll(String text) {
        List<DateMention> found = new ArrayList<>();
        collect(ISO.matcher(text), found, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(DAY_MONTH.matcher(text), found, m -> date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1)));
        collect(MONTH_YEAR.matcher(text), found, m -> date(m.group(2), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), null));
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /**
     * The date in a file name, such as {@code protokoll-2020-11-16.pdf}, {@code 20201116_sn.pdf} or
     * {@code ledningsgrupp-9-mars.txt}; null when it holds none.
     */
    public static PartialDate fromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        List<DateMention> inText = findAll(base.replace('_', ' ').replaceAll("(?<=\\d)-(?=\\p{L})|(?<=\\p{L})-(?=\\d)", " "));
        if (!inText.isEmpty()) {
            return inText.get(0).date();
        }
        Matcher compact = COMPACT.matcher(base);
        return compact.find() ? date(compact.group(1), compact.group(2), compact.group(3)) : null;
    }

    private interface Reading {
        PartialDate apply(Matcher m);
    }

    private static void collect(Matcher m, List<DateMention> found, Reading reading) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (overlaps(found, start, end)) {
                continue;
            }
            PartialDate date = reading.apply(m);
            if (date != null) {
                found.add(new DateMention(start, end, m.group(), date));
            }
        }
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** A date from its parts as written, or null when they name no real date. */
    private static PartialDate date(String year, String month, String day) {
        try {
            return new PartialDate(year == null ? null : Integer.valueOf(year),
                    Integer.valueOf(month),
                    day == null ? null : Integer.valueOf(day));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
