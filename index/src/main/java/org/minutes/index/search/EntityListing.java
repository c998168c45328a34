package org.minutes.index.search;

/**
 * How often a person or organisation appears in the archive.
 *
 * @param type {@code person} or {@code org}
 * @param name the name
 * @param documents in how many documents it appears
 * @param first the earliest meeting date among them (ISO 8601), or null when none is dated
 * @param last the latest meeting date among them, or null
 */
public record EntityListing(String type, String name, long documents, String first, String last) {
}
