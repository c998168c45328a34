package org.minutes.pipeline.model;

/**
 * One change a repair made: the characters {@code start..end} of the page's original text, {@code from}, became
 * {@code to}.
 *
 * @param start offset of the first changed character in the original text
 * @param end offset after the last changed character in the original text
 * @param from the original characters
 * @param to the replacement
 * @param confidence how sure the repair is, from 0 to 1
 * @param rule which part of the repair made the change (for audits and tuning)
 */
public record Edit(int start, int end, String from, String to, double confidence, String rule) {
    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit span " + start + ".." + end);
        }
    }
}
