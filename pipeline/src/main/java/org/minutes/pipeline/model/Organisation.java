package org.minutes.pipeline.model;

import java.util.List;
import java.util.Objects;

/**
 * An organisation named in a document: an authority, department, board, association, foundation, company, region,
 * university, church or a named facility run as one.
 *
 * @param name the name in its base form: definite and undeclined, as in {@code socialförvaltningen}
 * @param aliases other names for the same body in the document: acronyms ({@code CTF}), short forms, expansions
 * @param mentions where it is named, under any of its names, in document order
 */
public record Organisation(String name, List<String> aliases, List<Mention> mentions) {

    public Organisation {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
