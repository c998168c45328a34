package org.minutes.pipeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
 * <p>{@link #findAll} finds the expressions that name a day or a month on their own; {@link #expressions} finds
 * every expression a reader would take as a date — also years ({@code under 2021}), the turn of a year
 * ({@code årsskiftet 2016-2017}), times ({@code 14 december, klockan 13.30-15.30}) and words such as {@code idag} or
 * {@code nästa torsdag} — taking the year, or the day itself, from the meeting date when the text leaves it out.
 * Recurrences ({@code varannan torsdag}, {@code varje måndag}) are not dates and are skipped.
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
    private static final Pattern DAY_MONTH_LOWER = Pattern.compile(DAY_MONTH.pattern());
    private static final Pattern MONTH_YEAR_LOWER = Pattern.compile(MONTH_YEAR.pattern());
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private static final Pattern TIME = Pattern.compile(
            ",?\\s{0,3}(?:kl\\.?|klockan)\\s?(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s?[-–]\\s?(\\d{1,2})(?:[.:](\\d{2}))?)?(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\d./-])(?:(den)\\s+)?(\\d{1,2})/(\\d{1,2})(?:(?:\\s|-|\\s-\\s)((?:19|20)\\d{2}))?(?![\\d/])");
    private static final Pattern YEAR_END = Pattern.compile(
            "(?<!\\p{L})[åa]rsskiftet(?:\\s+((?:19|20)\\d{2})\\s?[-–/]\\s?((?:19|20)?\\d{2}))?(?![\\p{L}\\d])");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\p{L}\\d.,:/§-])((?:19|20)\\d{2})\\s?[-–/]\\s?((?:19|20)\\d{2})(?![\\d.,:/-]\\d|\\d)");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\d.,:/§-])(?<!§\\s)(?<!nr\\s)((?:19|20)\\d{2})(?![\\d/]|[.,:-]\\d)"
            + "(?!\\s?(?:kr\\b|kronor|tkr|mkr|mnkr|miljoner|procent|%|st\\b|stycken|personer|invånare|m\\b|km|meter|kvm|timmar|\\d))");
    private static final Pattern BARE_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?:i|under|från|till|före|efter|sedan|i början av|i slutet av|i mitten av)\\s+"
            + "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?![\\p{L}\\d]|\\s+\\d)");
    private static final String WEEKDAY = "(m[åa]ndag|tisdag|onsdag|torsdag|fredag|l[öo]rdag|s[öo]ndag)";
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(varannan|varje|var|alla|varannat)\\s+)?(?:(i\\s?dag|i\\s?går|i\\s?morgon)"
            + "|(nästa|n[äa]sta|kommande|på|p[åa])\\s+" + WEEKDAY + "(?!ar)"
            + "|(i år|nästa år|n[äa]sta [åa]r|förra året|f[öo]rra [åa]ret|nästa månad|n[äa]sta m[åa]nad))(?![\\p{L}\\d])");

    private SwedishDateParser() {
    }

    /**
     * Every date expression in {@code text}, in order, none overlapping, with ISO values.
     *
     * @param text the text to search
     * @param meetingDate the date of the meeting the text records, or null; supplies the year of "14 december" (the
     *     year that puts it nearest the meeting) and the day of "idag" or "nästa torsdag", which are skipped without it
     */
    public static List<DateExpression> expressions(String original, PartialDate meetingDate) {
        // The patterns are matched on a lowercase copy of the same length: much faster than case-insensitive matching.
        String text = lowercaseSameLength(original);
        List<DateExpression> found = new ArrayList<>();
        LocalDate meetingDay = meetingDate != null && meetingDate.precision() == PartialDate.Precision.DAY
                ? meetingDate.firstDay() : null;
        Integer meetingYear = meetingDate == null ? null : meetingDate.year();

        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            add(found, iso.start(), iso.end(), text, date(iso.group(1), iso.group(2), iso.group(3)), null);
        }
        Matcher yearEnd = YEAR_END.matcher(text);
        while (yearEnd.find()) {
            Integer first = null;
            if (yearEnd.group(1) != null) {
                first = Integer.valueOf(yearEnd.group(1));
                int second = Integer.parseInt(yearEnd.group(2));
                second = second < 100 ? first / 100 * 100 + second : second;
                if (second != first + 1) {
                    continue;
                }
            } else if (meetingYear != null && meetingDate.month() != null) {
                first = meetingDate.month() <= 6 ? meetingYear - 1 : meetingYear;
            }
            if (first != null) {
                addRaw(found, yearEnd.start(), yearEnd.end(), text, first + "-12/" + (first + 1) + "-01", "MONTH", null);
            }
        }
        Matcher dayMonth = DAY_MONTH_LOWER.matcher(text);
        while (dayMonth.find()) {
            int month = MONTHS.get(dayMonth.group(2).toLowerCase(Locale.ROOT));
            int day = Integer.parseInt(dayMonth.group(1));
            PartialDate date = dayMonth.group(3) != null ? date(dayMonth.group(3), String.valueOf(month), String.valueOf(day))
                    : withYearNear(month, day, meetingDate);
            if (date == null) {
                addRaw(found, dayMonth.start(), dayMonth.end(), text, null, null, null); // "31 februari 2020" names no date
            }
            addWithTime(found, dayMonth.start(), dayMonth.end(), text, date);
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            if (numeric.group(1) == null && numeric.group(4) == null) {
                continue; // "1/2" alone is more often a fraction than a date
            }
            int day = Integer.parseInt(numeric.group(2));
            int month = Integer.parseInt(numeric.group(3));
            PartialDate date = numeric.group(4) != null ? date(numeric.group(4), String.valueOf(month), String.valueOf(day))
                    : month >= 1 && month <= 12 ? withYearNear(month, day, meetingDate) : null;
            int start = numeric.group(1) != null ? numeric.start(2) : numeric.start();
            addWithTime(found, start, numeric.end(), text, date);
        }
        Matcher monthYear = MONTH_YEAR_LOWER.matcher(text);
        while (monthYear.find()) {
            add(found, monthYear.start(), monthYear.end(), text,
                    date(monthYear.group(2), String.valueOf(MONTHS.get(monthYear.group(1).toLowerCase(Locale.ROOT))), null), null);
        }
        Matcher bareMonth = BARE_MONTH.matcher(text);
        while (bareMonth.find()) {
            int month = MONTHS.get(bareMonth.group(1).toLowerCase(Locale.ROOT));
            PartialDate near = withYearNear(month, 1, meetingDate);
            if (near != null && near.year() != null) {
                add(found, bareMonth.start(1), bareMonth.end(1), text, new PartialDate(near.year(), month, null), null);
            }
        }
        Matcher range = YEAR_RANGE.matcher(text);
        while (range.find()) {
            int first = Integer.parseInt(range.group(1));
            if (Integer.parseInt(range.group(2)) > first && Integer.parseInt(range.group(2)) - first <= 10) {
                addRaw(found, range.start(), range.end(), text, first + "/" + range.group(2), "YEAR", null);
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                add(found, year.start(), year.end(), text, new PartialDate(y, null, null), null);
            }
        }
        Matcher relative = RELATIVE.matcher(text);
        while (relative.find()) {
            if (relative.group(1) == null) {
                add(found, relative.start(), relative.end(), text, relative(relative, meetingDate, meetingDay), null);
            }
        }
        List<DateExpression> result = new ArrayList<>();
        for (DateExpression d : found) {
            if (d.iso() != null) {
                result.add(new DateExpression(d.start(), d.end(), original.substring(d.start(), d.end()), d.iso(), d.precision(), d.time()));
            }
        }
        result.sort(Comparator.comparingInt(DateExpression::start));
        return result;
    }

    private static String lowercaseSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static PartialDate relative(Matcher m, PartialDate meetingDate, LocalDate meetingDay) {
        if (m.group(2) != null) {
            String word = m.group(2).toLowerCase(Locale.ROOT).replace(" ", "");
            if (word.equals("idag")) {
                return meetingDate != null && meetingDate.day() != null ? meetingDate : null;
            }
            return meetingDay == null ? null : PartialDate.of(meetingDay.plusDays(word.equals("igår") ? -1 : 1));
        }
        if (m.group(4) != null) {
            if (meetingDay == null) {
                return null;
            }
            DayOfWeek weekday = weekday(m.group(4));
            return PartialDate.of(meetingDay.with(TemporalAdjusters.next(weekday)));
        }
        if (meetingDate == null || meetingDate.year() == null) {
            return null;
        }
        String phrase = fold(m.group(5));
        int y = meetingDate.year();
        if (phrase.equals("i ar")) {
            return new PartialDate(y, null, null);
        }
        if (phrase.equals("nasta ar")) {
            return new PartialDate(y + 1, null, null);
        }
        if (phrase.equals("forra aret")) {
            return new PartialDate(y - 1, null, null);
        }
        if (meetingDate.month() == null) {
            return null;
        }
        LocalDate next = LocalDate.of(y, meetingDate.month(), 1).plusMonths(1);
        return new PartialDate(next.getYear(), next.getMonthValue(), null);
    }

    private static DayOfWeek weekday(String word) {
        return switch (fold(word)) {
            case "mandag" -> DayOfWeek.MONDAY;
            case "tisdag" -> DayOfWeek.TUESDAY;
            case "onsdag" -> DayOfWeek.WEDNESDAY;
            case "torsdag" -> DayOfWeek.THURSDAY;
            case "fredag" -> DayOfWeek.FRIDAY;
            case "lordag" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }

    /** Day and month whose year was not printed: the year that puts it nearest the meeting, when that is known. */
    private static PartialDate withYearNear(int month, int day, PartialDate meetingDate) {
        PartialDate bare = date(null, String.valueOf(month), String.valueOf(day));
        if (bare == null || meetingDate == null || meetingDate.year() == null) {
            return bare;
        }
        LocalDate anchor = meetingDate.firstDay().plusDays(meetingDate.month() == null ? 182 : meetingDate.day() == null ? 15 : 0);
        PartialDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            PartialDate candidate = date(String.valueOf(y), String.valueOf(month), String.valueOf(day));
            if (candidate != null) {
                long distance = Math.abs(ChronoUnit.DAYS.between(anchor, candidate.firstDay()));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static void addWithTime(List<DateExpression> found, int start, int end, String text, PartialDate date) {
        if (date == null) {
            return;
        }
        Matcher time = TIME.matcher(text).region(end, text.length());
        String clock = null;
        if (time.lookingAt()) {
            String from = clock(time.group(1), time.group(2));
            String to = time.group(3) == null ? null : clock(time.group(3), time.group(4));
            if (from != null && (time.group(3) == null || to != null)) {
                clock = to == null ? from : from + "-" + to;
                end = time.end();
            }
        }
        add(found, start, end, text, date, clock);
    }

    private static String clock(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        return h > 24 || m > 59 ? null : String.format(Locale.ROOT, "%02d:%02d", h, m);
    }

    private static void add(List<DateExpression> found, int start, int end, String text, PartialDate date, String time) {
        if (date != null) {
            addRaw(found, start, end, text, date.iso(), date.precision().name(), time);
        }
    }

    private static void addRaw(List<DateExpression> found, int start, int end, String text, String iso, String precision,
            String time) {
        for (DateExpression d : found) {
            if (start < d.end() && d.start() < end) {
                return;
            }
        }
        found.add(new DateExpression(start, end, text.substring(start, end), iso, precision, time));
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
