package org.minutes.pipeline.model;

import java.util.List;
import java.util.Objects;

/**
 * A person named in a document, with every place they are named (full name, first name only, or a nickname the text
 * makes clear).
 *
 * @param name the fullest form of the name as written, such as {@code Carina Bech Sörensen}
 * @param roles roles and titles stated for them, such as {@code socialdirektör} or {@code HR-chef}
 * @param affiliations organisations they were stated to represent, as written
 * @param mentions where they are named, in document order
 */
public record Person(String name, List<String> roles, List<String> affiliations, List<Mention> mentions) {

    public Person {
        Objects.requireNonNull(name, "name");
        roles = roles == null ? List.of() : List.copyOf(roles);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
