package org.minutes.index.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Builds {@link Snippet}s from the highlighter's passages: whitespace folded to single spaces, matches kept as
 * offsets so each renderer marks them its own way (colours on a terminal, offsets in JSON).
 */
final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = " … ";
    static final int LEADING_CHARS = 200;

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Span> spans = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (text.length() > 0) {
                text.append(passage.getStartOffset() > previousEnd ? ELLIPSIS : " ");
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue; // overlapping matches: the earlier one already covered this
                }
                appendFolded(text, content, pos, start);
                int spanStart = text.length();
                appendFolded(text, content, start, end);
                spans.add(new Snippet.Span(spanStart, text.length()));
                pos = end;
            }
            appendFolded(text, content, pos, passage.getEndOffset());
            previousEnd = passage.getEndOffset();
        }
        return new Snippet(text.toString().strip(), shift(spans, leadingSpaces(text)));
    }

    /** A snippet from the start of the text, for a hit the highlighter found no passage in. */
    static Snippet leading(String content) {
        String text = content == null ? "" : content.strip().replaceAll("\\s+", " ");
        if (text.length() > LEADING_CHARS) {
            int cut = text.lastIndexOf(' ', LEADING_CHARS);
            text = text.substring(0, cut > 0 ? cut : LEADING_CHARS) + " …";
        }
        return new Snippet(text, List.of());
    }

    private static void appendFolded(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static int leadingSpaces(CharSequence text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static List<Snippet.Span> shift(List<Snippet.Span> spans, int by) {
        return spans.stream().map(s -> new Snippet.Span(s.start() - by, s.end() - by)).toList();
    }
}
