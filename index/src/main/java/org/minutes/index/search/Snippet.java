package org.minutes.index.search;

import java.util.List;

/**
 * A passage of page text around the matches.
 *
 * @param text the passage, on one line
 * @param matches the matched words as [start, end) offsets into {@code text}
 */
public record Snippet(String text, List<Span> matches) {
    public Snippet {
        matches = List.copyOf(matches);
    }

    /** A matched range of the snippet's text. */
    public record Span(int start, int end) {
    }
}
