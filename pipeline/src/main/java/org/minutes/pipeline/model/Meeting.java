package org.minutes.pipeline.model;

import java.util.List;

/**
 * What minutes say about the meeting they record. Every field may be missing: a document that is not minutes has
 * no meeting at all.
 *
 * @param body the group or board that met, such as {@code Gemensam utvecklingsgrupp}
 * @param date the meeting date in ISO 8601 ({@code --03-09} when the year was not printed), or null
 * @param attendees who was present, in the order listed
 * @param noteTaker who took the notes ({@code antecknar}), or null
 * @param chair the chair ({@code Ordförande}), or null
 * @param secretary the secretary ({@code Sekreterare}), or null
 * @param adjusters who adjusted (approved) the minutes ({@code Justerare}, {@code Justeras})
 * @param adjusted when the minutes were adjusted, in ISO 8601, or null
 * @param nextMeeting the date of the next meeting in ISO 8601, or null
 * @param items numbered items ({@code § 12}) with their decisions
 */
public record Meeting(
        String body,
        String date,
        List<Attendee> attendees,
        String noteTaker,
        String chair,
        String secretary,
        List<String> adjusters,
        String adjusted,
        String nextMeeting,
        List<Item> items) {

    public Meeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        adjusters = adjusters == null ? List.of() : List.copyOf(adjusters);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One person present at the meeting.
     *
     * @param name the name as listed
     * @param affiliation the organisation they came from, as listed, or null
     * @param role their role or title, as listed, or null
     */
    public record Attendee(String name, String affiliation, String role) {
    }

    /**
     * One numbered item of formal minutes.
     *
     * @param number the item number as printed after {@code §}, such as {@code 12}
     * @param heading the item's heading, or null
     * @param decision the decision text ({@code Beslut}, {@code … beslutar att …}), or null
     * @param page the page the item starts on
     */
    public record Item(String number, String heading, String decision, int page) {
    }
}
