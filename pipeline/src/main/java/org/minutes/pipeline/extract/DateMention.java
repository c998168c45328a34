package org.minutes.pipeline.extract;

import org.minutes.pipeline.model.PartialDate;

/**
 * A date expression found in text.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text the expression as written
 * @param date what it means
 */
public record DateMention(int start, int end, String text, PartialDate date) {
}
