package org.minutes.pipeline.extract;

/**
 * A date expression found in text, normalized to ISO 8601; see {@link org.minutes.pipeline.model.DateFact} for the
 * forms {@code iso} takes.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text the expression as written
 * @param iso what it means
 * @param precision {@code YEAR}, {@code MONTH}, {@code DAY} or {@code DAY_WITHOUT_YEAR}
 * @param time the time of day ({@code 13:30} or {@code 13:30-15:30}) when stated, else null
 */
public record DateExpression(int start, int end, String text, String iso, String precision, String time) {
}
