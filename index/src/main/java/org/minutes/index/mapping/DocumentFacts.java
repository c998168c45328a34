package org.minutes.index.mapping;

import java.util.List;
import org.minutes.pipeline.model.Document;

/**
 * What the index filters and facets on besides the text: the meeting body, the people and the organisations of a
 * document.
 *
 * @param body the body that met, or null
 * @param persons people's full names, as facet values
 * @param personMentions every name a person goes by in the document (full name, first name alone), for matching
 * @param organisations organisations' names, as facet values
 * @param organisationMentions every name an organisation goes by (name, aliases, acronyms), for matching
 */
record DocumentFacts(String body, List<String> persons, List<String> personMentions,
                     List<String> organisations, List<String> organisationMentions) {

    static DocumentFacts of(Document document) {
        return new DocumentFacts(null, List.of(), List.of(), List.of(), List.of());
    }
}
