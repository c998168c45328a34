package org.minutes.index.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Mention;
import org.minutes.pipeline.model.Organisation;
import org.minutes.pipeline.model.Person;

/**
 * What the index filters and facets on besides the text: the meeting body, the people and the organisations of a
 * document.
 *
 * @param body the body that met, or null
 * @param persons people's full names, as facet values
 * @param personMentions every name a person goes by in the document (full name, first name alone, nickname), so
 *     a search for a person finds the first-name-only mentions too
 * @param organisations organisations' names, as facet values
 * @param organisationMentions every name an organisation goes by (name, aliases, acronyms)
 */
record DocumentFacts(String body, List<String> persons, List<String> personMentions,
                     List<String> organisations, List<String> organisationMentions) {

    static DocumentFacts of(Document document) {
        List<String> persons = new ArrayList<>();
        Set<String> personNames = new LinkedHashSet<>();
        for (Person person : document.persons()) {
            persons.add(person.name());
            personNames.add(person.name());
            person.mentions().stream().map(Mention::text).forEach(personNames::add);
        }
        List<String> organisations = new ArrayList<>();
        Set<String> organisationNames = new LinkedHashSet<>();
        for (Organisation organisation : document.organisations()) {
            organisations.add(organisation.name());
            organisationNames.add(organisation.name());
            organisationNames.addAll(organisation.aliases());
            organisation.mentions().stream().map(Mention::text).forEach(organisationNames::add);
        }
        String body = document.meeting() == null ? null : document.meeting().body();
        return new DocumentFacts(body, persons, List.copyOf(personNames), organisations, List.copyOf(organisationNames));
    }
}
