package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A date expression found in a page's text, with what it means in ISO 8601.
 *
 * <p>{@code iso} is {@code 2020-11-16}, {@code 2020-11}, {@code 2020}, {@code --03-09} (day whose year was not
 * printed and could not be taken from the meeting date), or an interval {@code 2016-12/2017-01} for expressions
 * such as "årsskiftet 2016-2017". Recurrences ("varannan torsdag") are never dates.
 *
 * @param text the expression as written
 * @param iso what it means, in ISO 8601
 * @param precision how much is known: {@code YEAR}, {@code MONTH}, {@code DAY}, {@code DAY_WITHOUT_YEAR} (the names
 *     of {@link PartialDate.Precision}); for an interval, the precision of its ends
 * @param page the page number, from 1
 * @param start offset of the first character in that page's text
 * @param end offset after the last character
 * @param time the time of day when stated, as {@code 13:30} or a range {@code 13:30-15:30}; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateFact(String text, String iso, String precision, int page, int start, int end, String time) {

    public DateFact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(precision, "precision");
    }
}
