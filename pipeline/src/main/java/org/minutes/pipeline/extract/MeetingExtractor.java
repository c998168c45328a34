package org.minutes.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutes.pipeline.model.Meeting;
import org.minutes.pipeline.model.PartialDate;

/**
 * Reads what minutes say about their meeting from their structure: the body that met (title or first lines), the
 * attendance list ({@code Närvarande} with {@code Namn, Organisation}, {@code Namn, roll organisation},
 * {@code Namn (antecknar)}), who took notes, the next meeting, and in formal protokoll the chair, secretary,
 * adjusters, adjustment date and the numbered items ({@code § 12}) with their decisions.
 *
 * <p>Pure and thread-safe. Cue words are matched without diacritics, so unrepaired OCR text still yields its facts.
 */
final class MeetingExtractor {

    /** One page's text. */
    record PageText(int page, String text) {
    }

    /**
     * A name the structure of the minutes marks as a person, with where it was found.
     *
     * @param page the page
     * @param start offset of the name in the page's text
     * @param end offset after it
     * @param name the name
     * @param role the role listed with it, or null
     * @param affiliation the organisation listed with it, or null
     * @param affiliationStart offset of the affiliation in the page's text, or -1
     */
    record Listed(int page, int start, int end, String name, String role, String affiliation, int affiliationStart) {
    }

    /** What was found: the meeting (null when the document is not minutes) and the people its lists name. */
    record Result(Meeting meeting, List<Listed> listed) {
    }

    private static final Pattern ATTENDANCE = Pattern.compile(
            "^\\s*(narvarande(?: ledamoter| ersattare| tjansteman)?|deltagare|ledamoter|beslutande|tjanstgorande ersattare"
            + "|ovriga (?:narvarande|deltagare)|narvarande:)\\s*:?\\s*(.*)$");
    private static final Pattern BODY_WORD = Pattern.compile(
            "grupp|namnd|styrelse|\\brad\\b|radet|utskott|mote|sammantrade|fullmaktige|kommitte|forum|natverk|presidium"
            + "|beredning|stamma|arsmote|ledning|protokoll|minnesanteckningar");
    private static final Pattern DOCUMENT_WORDS = Pattern.compile(
            "^(?:(?:sammantrades)?protokoll|minnesanteckningar|motesanteckningar|anteckningar|dagordning)"
            + "(?:\\s+(?:fort\\s+)?(?:fran|for|vid|over))?\\s*[:–-]?\\s*");
    private static final Pattern NOTE = Pattern.compile("\\(([^()]{2,40})\\)\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*§\\s*(\\d{1,4}[a-z]?)\\s*[.:–-]?\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern DECISION = Pattern.compile(
            "(?:^|(?<=[.!?]\\s))[^.!?\\n]*?\\b(?:beslutar|beslutade|beslöt|beslot|beslutar)\\s+att\\b[^§]*?(?:[.!?](?=\\s|$)|\\n\\s*\\n|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT_MEETING = Pattern.compile("n[äa]sta\\s+(?:m[öo]te|sammantr[äa]de|tr[äa]ff)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CHAIR = Pattern.compile("^(ordforande|motesordforande)\\b.*");
    private static final Pattern SECRETARY = Pattern.compile("^(sekreterare|protokollforare|vid protokollet)\\b.*");
    private static final Pattern NOTES = Pattern.compile(
            "^(antecknare|antecknad av|antecknat av|vid anteckningarna|anteckningar av|antecknades av)\\b.*");
    private static final Pattern ADJUSTERS = Pattern.compile("^(justerare|justeras|justerande|justeras av|utses att justera)\\b.*");
    private static final Pattern ADJUSTED = Pattern.compile(".*(justeringens|justerat|justeras den|protokollet justera|justeringsdag).*");
    private static final Pattern FILE_NAME = Pattern.compile("\\S+\\.[A-Za-z0-9]{1,5}");
    private static final Pattern BULLET = Pattern.compile("^[•·\\-–*]\\s*");

    private final Lexicon lexicon;
    private final PersonExtractor persons;

    MeetingExtractor(Lexicon lexicon, PersonExtractor persons) {
        this.lexicon = lexicon;
        this.persons = persons;
    }

    /**
     * The meeting facts of a document.
     *
     * @param pages the pages' texts, in order
     * @param title the document's title, or null
     * @param meetingDate the meeting date found by {@link MetadataStage}, or null
     */
    Result extract(List<PageText> pages, String title, PartialDate meetingDate) {
        List<Listed> listed = new ArrayList<>();
        List<Meeting.Attendee> attendees = new ArrayList<>();
        String noteTaker = null;
        String chair = null;
        String secretary = null;
        List<String> adjusters = new ArrayList<>();
        String adjusted = null;
        String nextMeeting = null;
        List<Meeting.Item> items = new ArrayList<>();
        for (PageText page : pages) {
            String[] lines = page.text().split("\n", -1);
            int[] offsets = new int[lines.length];
            for (int k = 1; k < lines.length; k++) {
                offsets[k] = offsets[k - 1] + lines[k - 1].length() + 1;
            }
            for (int k = 0; k < lines.length; k++) {
                String folded = Lexicon.fold(lines[k].strip());
                Matcher attendance = ATTENDANCE.matcher(folded);
                if (attendance.matches()) {
                    int k2 = k;
                    if (!attendance.group(2).isBlank()) {
                        String rest = lines[k].substring(lines[k].length() - attendance.group(2).length() - trailing(lines[k]));
                        int restOffset = offsets[k] + lines[k].indexOf(rest);
                        for (int[] entry : inlineEntries(rest)) {
                            noteTaker = attendee(page.page(), rest.substring(entry[0], entry[1]), restOffset + entry[0],
                                    attendees, listed, noteTaker);
                        }
                    }
                    while (++k2 < lines.length && !lines[k2].isBlank()) {
                        if (!looksListed(lines[k2])) {
                            break;
                        }
                        noteTaker = attendee(page.page(), lines[k2], offsets[k2], attendees, listed, noteTaker);
                    }
                    k = k2 - 1;
                    continue;
                }
                String role = roleLabel(folded);
                if (role != null) {
                    List<String> names = namesAfterLabel(lines, k);
                    switch (role) {
                        case "chair" -> chair = chair == null && !names.isEmpty() ? names.get(0) : chair;
                        case "secretary" -> secretary = secretary == null && !names.isEmpty() ? names.get(0) : secretary;
                        case "notes" -> noteTaker = noteTaker == null && !names.isEmpty() ? names.get(0) : noteTaker;
                        default -> {
                            for (String n : names) {
                                if (!adjusters.contains(n)) {
                                    adjusters.add(n);
                                }
                            }
                        }
                    }
                }
                if (adjusted == null && folded.contains("juster") && ADJUSTED.matcher(folded).matches()) {
                    List<DateExpression> dates = SwedishDateParser.expressions(lines[k], meetingDate);
                    if (!dates.isEmpty() && !dates.get(0).precision().equals("YEAR")) {
                        adjusted = dates.get(0).iso();
                    }
                }
            }
            if (nextMeeting == null) {
                nextMeeting = nextMeeting(page.text(), meetingDate);
            }
            items(page, items);
        }
        for (Meeting.Attendee a : attendees) {
            if (a.role() != null) {
                String r = Lexicon.fold(a.role());
                if (chair == null && r.startsWith("ordforande")) {
                    chair = a.name();
                } else if (secretary == null && r.endsWith("sekreterare") && !r.contains("social")) {
                    secretary = a.name();
                }
            }
        }
        String body = body(title, pages);
        boolean minutes = body != null || !attendees.isEmpty() || !items.isEmpty() || chair != null || noteTaker != null;
        if (!minutes) {
            return new Result(null, listed);
        }
        return new Result(new Meeting(body, meetingDate == null ? null : meetingDate.iso(), attendees, noteTaker, chair,
                secretary, adjusters, adjusted, nextMeeting, items), listed);
    }

    /**
     * Splits an attendance list written on one line ({@code Närvarande: Anna Berg, AMF, Per Ek (S), Eva Lind}) into
     * entries: a part that is a name starts an entry, the parts after it (organisation, role) belong to it.
     */
    private List<int[]> inlineEntries(String rest) {
        List<int[]> entries = new ArrayList<>();
        int depth = 0;
        int partStart = 0;
        for (int k = 0; k <= rest.length(); k++) {
            char c = k < rest.length() ? rest.charAt(k) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && depth == 0) {
                String part = rest.substring(partStart, k).strip().replaceAll("\\(.*?\\)", "").strip();
                int start = partStart + (rest.substring(partStart, k).length() - rest.substring(partStart, k).stripLeading().length());
                if (persons.looksLikeName(part) || entries.isEmpty()) {
                    entries.add(new int[] {start, k});
                } else {
                    entries.get(entries.size() - 1)[1] = k;
                }
                partStart = k + 1;
            }
        }
        return entries;
    }

    private static int trailing(String line) {
        return line.length() - line.stripTrailing().length();
    }

    /** A line of an attendance list: starts with a name or an organisation, no sentence. */
    private boolean looksListed(String line) {
        String s = line.strip().replaceFirst("^[•·\\-–*]\\s*", "");
        if (s.length() > 120 || s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        String head = s.split("[,(]")[0].strip();
        return persons.looksLikeName(head) || s.contains("(") && persons.looksLikeName(s.substring(s.indexOf('(') + 1).split("[)]")[0].strip());
    }

    /** Parses one entry of an attendance list and returns the note taker, updated when this entry took the notes. */
    private String attendee(int page, String line, int lineOffset, List<Meeting.Attendee> attendees, List<Listed> listed,
            String noteTaker) {
        String entry = line.stripTrailing();
        int lead = entry.length() - entry.stripLeading().length();
        entry = entry.strip();
        Matcher bullet = BULLET.matcher(entry);
        if (bullet.find()) {
            lead += bullet.end();
            entry = entry.substring(bullet.end());
        }
        String role = null;
        String affiliation = null;
        int affiliationStart = -1;
        boolean notes = false;
        Matcher note = NOTE.matcher(entry);
        String main = entry;
        if (note.find()) {
            String inside = note.group(1).strip();
            String f = Lexicon.fold(inside);
            if (f.startsWith("antecknar") || f.startsWith("anteckn") || f.equals("sekreterare, antecknar")) {
                notes = true;
                main = entry.substring(0, note.start()).strip();
            } else if (lexicon.isRole(inside)) {
                role = inside;
                main = entry.substring(0, note.start()).strip();
            } else if (persons.looksLikeName(inside) && !persons.looksLikeName(entry.substring(0, note.start()).strip())) {
                // "Organisation (Namn)"
                String org = entry.substring(0, note.start()).strip();
                String name = inside;
                int nameStart = lineOffset + lead + note.start(1) + (note.group(1).length() - note.group(1).stripLeading().length());
                listed.add(new Listed(page, nameStart, nameStart + name.length(), name, null, org, lineOffset + lead));
                attendees.add(new Meeting.Attendee(name, org, null));
                return noteTaker;
            } else {
                affiliation = inside;
                affiliationStart = lineOffset + lead + note.start(1);
                main = entry.substring(0, note.start()).strip();
            }
        }
        String[] parts = main.split("\\s*,\\s*");
        String name = parts[0].strip();
        List<String> rest = new ArrayList<>();
        Matcher party = Pattern.compile("^(.+?)\\s*\\(([^()]{1,40})\\)$").matcher(name);
        if (party.matches()) {
            name = party.group(1).strip();
            rest.add(party.group(2).strip());
        }
        if (!persons.looksLikeName(name)) {
            return noteTaker;
        }
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p].strip();
            if (part.isEmpty()) {
                continue;
            }
            String first = part.split("\\s+")[0];
            if (role == null && lexicon.isRole(part)) {
                role = persons.baseRole(part);
            } else if (role == null && lexicon.isRole(first)) {
                role = persons.baseRole(first);
                String after = part.substring(first.length()).strip();
                if (!after.isEmpty()) {
                    rest.add(after);
                }
            } else if (Lexicon.fold(part).startsWith("antecknar")) {
                notes = true;
            } else {
                rest.add(part);
            }
        }
        if (!rest.isEmpty()) {
            affiliation = String.join(", ", rest);
            int at = main.indexOf(rest.get(0), name.length());
            affiliationStart = at < 0 ? -1 : lineOffset + lead + at;
        }
        int nameStart = lineOffset + lead;
        listed.add(new Listed(page, nameStart, nameStart + name.length(), name, role, affiliation, affiliationStart));
        attendees.add(new Meeting.Attendee(name, affiliation, role));
        return notes && noteTaker == null ? name : noteTaker;
    }

    private static String roleLabel(String foldedLine) {
        if (foldedLine.isEmpty() || "osjuvapm".indexOf(foldedLine.charAt(0)) < 0) {
            return null; // every label starts with one of these letters
        }
        if (CHAIR.matcher(foldedLine).matches()) {
            return "chair";
        }
        if (SECRETARY.matcher(foldedLine).matches()) {
            return "secretary";
        }
        if (NOTES.matcher(foldedLine).matches()) {
            return "notes";
        }
        if (ADJUSTERS.matcher(foldedLine).matches()) {
            return "adjusters";
        }
        return null;
    }

    /** Names on the label's line after a colon, or on the next non-empty lines (signature blocks). */
    private List<String> namesAfterLabel(String[] lines, int k) {
        List<String> names = new ArrayList<>();
        String line = lines[k];
        int colon = line.indexOf(':');
        String rest = colon >= 0 ? line.substring(colon + 1) : line.replaceFirst("^\\s*\\p{L}+(\\s+(av|att justera))?", "");
        collectNames(rest, names);
        for (int j = k + 1; names.isEmpty() && j < lines.length && j <= k + 4; j++) {
            if (lines[j].isBlank() || lines[j].strip().matches("_+|\\.+")) {
                continue;
            }
            collectNames(lines[j], names);
            break;
        }
        return names;
    }

    private void collectNames(String text, List<String> names) {
        for (String part : text.split("\\s*(?:,|;|\\boch\\b|&)\\s*")) {
            String candidate = part.replaceAll("\\(.*?\\)", "").strip();
            if (persons.looksLikeName(candidate)) {
                names.add(candidate);
            }
        }
    }

    private static String nextMeeting(String text, PartialDate meetingDate) {
        Matcher m = NEXT_MEETING.matcher(text);
        while (m.find()) {
            int lineEnd = text.indexOf('\n', m.end());
            int nextLineEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
            int until = nextLineEnd < 0 ? text.length() : nextLineEnd;
            until = Math.min(until, m.end() + 160);
            List<DateExpression> dates = SwedishDateParser.expressions(text.substring(m.end(), until), meetingDate);
            for (DateExpression d : dates) {
                if (d.precision().startsWith("DAY")) {
                    return d.iso();
                }
            }
        }
        return null;
    }

    private static void items(PageText page, List<Meeting.Item> items) {
        String text = page.text();
        Matcher m = ITEM.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        while (m.find()) {
            String heading = m.group(2).strip();
            if (heading.isEmpty()) {
                int nl = text.indexOf('\n', m.end());
                while (nl >= 0 && nl + 1 < text.length()) {
                    int next = text.indexOf('\n', nl + 1);
                    String candidate = text.substring(nl + 1, next < 0 ? text.length() : next).strip();
                    if (!candidate.isEmpty()) {
                        heading = candidate;
                        break;
                    }
                    nl = next;
                }
            }
            starts.add(new int[] {m.start(), m.end()});
            heads.add(new String[] {m.group(1), heading.isEmpty() ? null : heading});
        }
        for (int k = 0; k < starts.size(); k++) {
            int bodyEnd = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
            String body = text.substring(starts.get(k)[1], bodyEnd);
            items.add(new Meeting.Item(heads.get(k)[0], heads.get(k)[1], decision(body), page.page()));
        }
    }

    /** The decision in an item's text: the paragraph after a "Beslut" heading, else the "beslutar att" sentence. */
    static String decision(String body) {
        Matcher heading = Pattern.compile("(?m)^\\s*(?:\\p{L}+s\\s+)?beslut\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(body);
        if (heading.find()) {
            StringBuilder sb = new StringBuilder(heading.group(1).strip());
            String after = body.substring(heading.end());
            for (String line : after.split("\n", -1)) {
                if (line.isBlank()) {
                    if (sb.length() > 0) {
                        break;
                    }
                    continue;
                }
                sb.append(sb.length() > 0 ? " " : "").append(line.strip());
            }
            String text = sb.toString().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        Matcher sentence = DECISION.matcher(body);
        if (sentence.find()) {
            return sentence.group().strip().replaceAll("\\s+", " ");
        }
        return null;
    }

    /** The body that met: the title (or a first line) without its date and without words such as "Protokoll". */
    private String body(String title, List<PageText> pages) {
        List<String> candidates = new ArrayList<>();
        if (title != null) {
            candidates.add(title);
        }
        for (PageText page : pages) {
            if (!page.text().isBlank()) {
                page.text().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(3).forEach(candidates::add);
                break;
            }
        }
        for (String candidate : candidates) {
            if (FILE_NAME.matcher(candidate).matches()) {
                continue; // the title of a document without text is its file name
            }
            String stripped = withoutDates(candidate);
            String folded = Lexicon.fold(stripped);
            Matcher words = DOCUMENT_WORDS.matcher(folded);
            if (words.find()) {
                stripped = stripped.substring(words.end()).strip();
                folded = Lexicon.fold(stripped);
            }
            stripped = stripped.replaceAll("[\\s,.:;–-]+$", "").strip();
            if (stripped.isEmpty() || stripped.split("\\s+").length > 8) {
                continue;
            }
            if (BODY_WORD.matcher(folded).find()) {
                return stripped;
            }
        }
        return null;
    }

    private static String withoutDates(String line) {
        List<DateExpression> dates = SwedishDateParser.expressions(line, null);
        StringBuilder sb = new StringBuilder(line);
        for (int k = dates.size() - 1; k >= 0; k--) {
            sb.delete(dates.get(k).start(), dates.get(k).end());
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
