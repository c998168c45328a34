package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only in part: a year, a year and month, a full date, or a day and month whose
 * year was not printed (as in "9 mars").
 *
 * <p>Written as ISO 8601: {@code 2020}, {@code 2020-11}, {@code 2020-11-16}, and {@code --03-09} for a day
 * without a year. Invalid dates such as 31 February are refused at construction.
 *
 * @param year the year, or null when unknown
 * @param month the month 1–12, or null
 * @param day the day of the month, or null
 */
public record PartialDate(Integer year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})-(\\d{2})");

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY, DAY_WITHOUT_YEAR }

    public PartialDate {
        if (year == null && (month == null || day == null)) {
            throw new IllegalArgumentException("a date without a year needs both month and day");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: 29 February stays valid
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + e.getMessage());
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses the ISO forms written by {@link #iso()}; throws {@link IllegalArgumentException} otherwise. */
    @JsonCreator
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date: '" + iso + "' (expected 2020, 2020-11, 2020-11-16 or --11-16)");
        }
        if (m.group(4) != null) {
            return new PartialDate(null, Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5)));
        }
        return new PartialDate(Integer.valueOf(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    public Precision precision() {
        if (year == null) {
            return Precision.DAY_WITHOUT_YEAR;
        }
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    @JsonValue
    public String iso() {
        if (year == null) {
            return String.format("--%02d-%02d", month, day);
        }
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The first day this date can mean (1 January for a bare year); null when the year is unknown. */
    public LocalDate firstDay() {
        if (year == null) {
            return null;
        }
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can mean (31 December for a bare year); null when the year is unknown. */
    public LocalDate lastDay() {
        if (year == null) {
            return null;
        }
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day == null ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return iso().compareTo(other.iso());
    }

    @Override
    public String toString() {
        return iso();
    }
}
