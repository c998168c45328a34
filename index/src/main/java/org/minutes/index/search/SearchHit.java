package org.minutes.index.search;

import java.util.List;

/**
 * One matching document — or several near-duplicate copies of the same minutes — with the pages that matched.
 *
 * @param id the document id
 * @param title its title
 * @param date the meeting date as ISO 8601 (possibly partial), or null
 * @param body the body that met, or null
 * @param kind the source kind
 * @param sources the file(s) it was read from, copies included
 * @param copies ids of near-duplicate copies folded into this hit (a scan of the same minutes…)
 * @param page the best-matching page
 * @param pages every matching page, in page order
 * @param score the relevance score of the best page
 * @param snippet highlighted text from the best page
 */
public record SearchHit(
        String id, String title, String date, String body, String kind, List<String> sources, List<String> copies,
        int page, List<Integer> pages, float score, Snippet snippet) {
    public SearchHit {
        sources = List.copyOf(sources);
        copies = List.copyOf(copies);
        pages = List.copyOf(pages);
    }
}
