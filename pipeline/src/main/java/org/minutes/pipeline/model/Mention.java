package org.minutes.pipeline.model;

import java.util.Objects;

/**
 * Where an entity is named: a span of one page's {@link Page#text()}, never an edit of it.
 *
 * @param page the page number, from 1
 * @param start offset of the first character in that page's text
 * @param end offset after the last character
 * @param text the span as written
 */
public record Mention(int page, int start, int end, String text) implements Comparable<Mention> {

    public Mention {
        if (page < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span: page " + page + ", " + start + "–" + end);
        }
        Objects.requireNonNull(text, "text");
    }

    @Override
    public int compareTo(Mention other) {
        return page != other.page ? Integer.compare(page, other.page) : Integer.compare(start, other.start);
    }
}
