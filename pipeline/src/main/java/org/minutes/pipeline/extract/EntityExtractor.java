package org.minutes.pipeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutes.pipeline.model.DateFact;
import org.minutes.pipeline.model.Meeting;
import org.minutes.pipeline.model.Mention;
import org.minutes.pipeline.model.Organisation;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.Person;

/**
 * Finds the people, organisations, dates and meeting facts of one document and links what names the same thing:
 * a first name or nickname to the one full name it can mean, an organisation's acronym, short form, genitive and
 * indefinite form to its name.
 *
 * <p>Pure and thread-safe; one instance serves every document. Works on whatever text the pages hold (born-digital,
 * OCR, repaired): mention offsets point into each page's text as given.
 */
public final class EntityExtractor {

    /** Everything found in one document. */
    public record Entities(Meeting meeting, List<Person> persons, List<Organisation> organisations, List<DateFact> dates) {
    }

    private static final Pattern SLOT = Pattern.compile(
            "(?<![\\p{L}\\d/-])(\\p{Lu}[\\p{L}\\d-]*(?:/\\p{Lu}[\\p{L}\\d-]*)*(?:\\s\\p{L}+)?)\\s?\\(([^()\\n]{3,60})\\)");

    private final Lexicon lexicon;
    private final OrganisationExtractor organisationExtractor;
    private final PersonExtractor personExtractor;
    private final MeetingExtractor meetingExtractor;

    public EntityExtractor() {
        this.lexicon = Lexicon.get();
        this.organisationExtractor = new OrganisationExtractor(lexicon);
        this.personExtractor = new PersonExtractor(lexicon);
        this.meetingExtractor = new MeetingExtractor(lexicon, personExtractor);
    }

    /**
     * Extracts from a document's pages.
     *
     * @param pageTexts the text of each page, in order; page numbers are the position from 1
     * @param title the document's title, or null
     * @param meetingDate the meeting date, or null; gives the year to dates printed without one
     */
    public Entities extract(List<String> pageTexts, String title, PartialDate meetingDate) {
        List<MeetingExtractor.PageText> pages = new ArrayList<>();
        for (int p = 0; p < pageTexts.size(); p++) {
            pages.add(new MeetingExtractor.PageText(p + 1, pageTexts.get(p)));
        }
        MeetingExtractor.Result meeting = meetingExtractor.extract(pages, title, meetingDate);

        Map<String, OrgBuilder> orgs = new LinkedHashMap<>();
        Map<String, PersonBuilder> people = new LinkedHashMap<>();
        List<DateFact> dates = new ArrayList<>();
        List<List<Token>> tokensByPage = new ArrayList<>();
        List<List<int[]>> claimedByPage = new ArrayList<>();
        String fullText = String.join("\n", pageTexts);

        for (MeetingExtractor.PageText page : pages) {
            String text = page.text();
            List<Token> tokens = Token.of(text);
            tokensByPage.add(tokens);
            List<int[]> claimed = new ArrayList<>();
            claimedByPage.add(claimed);

            List<OrganisationExtractor.Hit> orgHits = new ArrayList<>(organisationExtractor.find(text, tokens));
            orgHits.removeIf(h -> Character.isUpperCase(h.name().charAt(0)) && commonAtSentenceStart(h, tokens, fullText));
            for (MeetingExtractor.Listed l : meeting.listed()) {
                if (l.page() == page.page() && l.affiliation() != null && l.affiliationStart() >= 0) {
                    affiliationOrganisations(text, l, orgHits);
                }
            }
            slots(text, orgHits);
            for (OrganisationExtractor.Hit h : orgHits) {
                String key = orgKey(h.name());
                OrgBuilder b = orgs.computeIfAbsent(key, k -> new OrgBuilder(h.name()));
                b.indefinite &= h.indefinite();
                b.mentions.add(new Mention(page.page(), h.start(), h.end(), text.substring(h.start(), h.end())));
                if (h.alias() != null) {
                    b.aliases.add(h.alias());
                }
                claimed.add(new int[] {h.start(), h.end()});
            }

            List<PersonExtractor.Hit> personHits = new ArrayList<>(personExtractor.find(text, tokens, orgHits));
            for (MeetingExtractor.Listed l : meeting.listed()) {
                if (l.page() == page.page()) {
                    personHits.removeIf(h -> h.start() < l.end() && l.start() < h.end());
                    personHits.add(new PersonExtractor.Hit(l.start(), l.end(), l.name(), l.role(), l.affiliation()));
                }
            }
            for (PersonExtractor.Hit h : personHits) {
                PersonBuilder b = people.computeIfAbsent(h.name().toLowerCase(Locale.ROOT), k -> new PersonBuilder(h.name()));
                b.mentions.add(new Mention(page.page(), h.start(), h.end(), text.substring(h.start(), h.end())));
                if (h.role() != null) {
                    b.roles.add(h.role());
                }
                if (h.affiliation() != null) {
                    b.affiliations.add(h.affiliation());
                }
                claimed.add(new int[] {h.start(), h.end()});
            }

            for (DateExpression d : SwedishDateParser.expressions(text, meetingDate)) {
                dates.add(new DateFact(d.text(), d.iso(), d.precision(), page.page(), d.start(), d.end(), d.time()));
            }
        }

        mergeOrganisations(orgs);
        linkOrganisationMentions(pages, tokensByPage, claimedByPage, orgs);
        linkShortPersonMentions(pages, tokensByPage, claimedByPage, people);

        List<Organisation> organisations = new ArrayList<>();
        for (OrgBuilder b : orgs.values()) {
            if (!b.indefinite) {
                organisations.add(b.build());
            }
        }
        organisations.sort((a, b) -> a.mentions().get(0).compareTo(b.mentions().get(0)));
        List<Person> persons = new ArrayList<>();
        for (PersonBuilder b : people.values()) {
            persons.add(b.build());
        }
        persons.sort((a, b) -> a.mentions().get(0).compareTo(b.mentions().get(0)));
        return new Entities(withOfficers(meeting.meeting(), persons), persons, organisations, dates);
    }

    /** Minutes whose chair or secretary no label named: the one person the text gives that role. */
    private static Meeting withOfficers(Meeting meeting, List<Person> persons) {
        if (meeting == null || meeting.chair() != null && meeting.secretary() != null) {
            return meeting;
        }
        String chair = meeting.chair() != null ? meeting.chair() : onlyOneWithRole(persons, "ordförande");
        String secretary = meeting.secretary() != null ? meeting.secretary() : onlyOneWithRole(persons, "sekreterare");
        return new Meeting(meeting.body(), meeting.date(), meeting.attendees(), meeting.noteTaker(), chair, secretary,
                meeting.adjusters(), meeting.adjusted(), meeting.nextMeeting(), meeting.items());
    }

    private static String onlyOneWithRole(List<Person> persons, String role) {
        List<String> names = persons.stream().filter(p -> p.roles().contains(role)).map(Person::name).toList();
        return names.size() == 1 ? names.get(0) : null;
    }

    /**
     * A capitalised one-word name at a sentence start that is a common word: the dictionary knows it, or the document
     * also writes it in lowercase ("Familjehem är…" beside "familjehem").
     */
    private boolean commonAtSentenceStart(OrganisationExtractor.Hit h, List<Token> tokens, String all) {
        for (Token t : tokens) {
            if (t.start() == h.start() && t.end() == h.end()) {
                if (!t.sentenceStart() || !t.capitalised()) {
                    return false;
                }
                if (lexicon.isCommonWord(t.text())) {
                    return true;
                }
                String lower = t.text().toLowerCase(Locale.ROOT);
                for (int at = all.indexOf(lower); at >= 0; at = all.indexOf(lower, at + 1)) {
                    int end = at + lower.length();
                    if ((at == 0 || !Character.isLetter(all.charAt(at - 1))) && (end == all.length() || !Character.isLetter(all.charAt(end)))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The organisations in an attendance entry's affiliation: {@code Ria/Hela människan, G7} gives three. */
    private void affiliationOrganisations(String text, MeetingExtractor.Listed l, List<OrganisationExtractor.Hit> hits) {
        int at = l.affiliationStart();
        for (String part : l.affiliation().split("\\s*[,/]\\s*")) {
            int start = text.indexOf(part, at);
            if (start < 0 || part.isBlank()) {
                continue;
            }
            at = start + part.length();
            String name = part.strip();
            boolean overlaps = false;
            for (OrganisationExtractor.Hit h : hits) {
                overlaps |= start < h.end() && h.start() < start + name.length();
            }
            // one letter is a party's short form in a list, "(S)", too ambiguous to name an organisation
            if (!overlaps && name.length() > 1 && (Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)))) {
                hits.add(new OrganisationExtractor.Hit(start, start + name.length(), name, null, false));
            }
        }
    }

    /** {@code Värmestugan (Monika Freij)}, {@code IFS/Schizofreniföreningen (Margareta Gustavi)}: organisation, then a person. */
    private void slots(String text, List<OrganisationExtractor.Hit> hits) {
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            if (!personExtractor.likelyName(m.group(2).strip())) {
                continue;
            }
            String phrase = m.group(1);
            int phraseStart = m.start(1);
            String[] words = phrase.split("\\s");
            if (words.length == 2 && !Character.isUpperCase(words[1].charAt(0))) {
                continue; // "Bengt ser (…)" is not an organisation
            }
            String[] parts = phrase.split("/");
            String acronym = null;
            int acronymStart = -1;
            String main = null;
            int offset = phraseStart;
            for (String part : parts) {
                int start = offset;
                offset += part.length() + 1;
                if (OrganisationExtractor.isAcronym(part) && parts.length > 1) {
                    acronym = part;
                    acronymStart = start;
                    continue;
                }
                if (lexicon.isFirstName(part) || lexicon.isCommonWord(part)) {
                    continue;
                }
                main = part;
                boolean overlaps = false;
                for (OrganisationExtractor.Hit h : hits) {
                    overlaps |= start < h.end() && h.start() < start + part.length();
                }
                if (!overlaps) {
                    hits.add(new OrganisationExtractor.Hit(start, start + part.length(), part, null, false));
                }
            }
            if (acronym != null && main != null) {
                hits.add(new OrganisationExtractor.Hit(acronymStart, acronymStart + acronym.length(), main, acronym, false));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private static String orgKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Merges forms of one organisation: indefinite into definite ({@code socialförvaltning} → {@code
     * socialförvaltningen}), genitive into base ({@code Bryggans}), a facility's short name into its full one
     * ({@code Ria} → {@code Café Ria}).
     */
    private static void mergeOrganisations(Map<String, OrgBuilder> orgs) {
        for (String key : new ArrayList<>(orgs.keySet())) {
            OrgBuilder b = orgs.get(key);
            if (b == null) {
                continue;
            }
            OrgBuilder target = null;
            for (String form : new String[] {key + "en", key + "n", key + "et", key + "t",
                key.endsWith("a") ? key.substring(0, key.length() - 1) + "an" : null,
                key.endsWith("s") ? key.substring(0, key.length() - 1) : null}) {
                if (form != null && orgs.containsKey(form) && orgs.get(form) != b) {
                    target = orgs.get(form);
                    break;
                }
            }
            if (target == null) {
                for (OrgBuilder other : orgs.values()) {
                    if (other != b && other.aliases.stream().anyMatch(a -> orgKey(a).equals(key))) {
                        target = other;
                        break;
                    }
                }
            }
            if (target != null) {
                if (!b.indefinite && !key.equals(orgKey(b.name))) {
                    target.aliases.add(b.name);
                }
                target.mentions.addAll(b.mentions);
                target.aliases.addAll(b.aliases);
                target.indefinite &= b.indefinite;
                orgs.remove(key);
            }
        }
    }

    /** Adds every other place an organisation's name or alias occurs, and links bare acronyms to a unique expansion. */
    private void linkOrganisationMentions(List<MeetingExtractor.PageText> pages, List<List<Token>> tokensByPage,
            List<List<int[]>> claimedByPage, Map<String, OrgBuilder> orgs) {
        Map<String, OrgBuilder> byName = new LinkedHashMap<>();
        for (OrgBuilder b : orgs.values()) {
            if (b.indefinite) {
                continue;
            }
            byName.put(b.name, b);
            for (String a : b.aliases) {
                byName.putIfAbsent(a, b);
            }
        }
        for (MeetingExtractor.PageText page : pages) {
            List<Token> tokens = tokensByPage.get(page.page() - 1);
            List<int[]> claimed = claimedByPage.get(page.page() - 1);
            for (Token t : tokens) {
                if (isClaimed(claimed, t.start(), t.end())) {
                    continue;
                }
                String word = t.text();
                OrgBuilder target = byName.get(word);
                if (target == null && word.endsWith("s")) {
                    target = byName.get(word.substring(0, word.length() - 1));
                }
                if (target == null) {
                    for (String piece : word.split("-")) {
                        if (piece.length() < word.length() && Token.of(piece).size() == 1 && Token.of(piece).get(0).acronym()) {
                            OrgBuilder expanded = acronymTarget(piece, orgs, byName);
                            if (expanded != null) {
                                int s = t.start() + word.indexOf(piece);
                                expanded.mentions.add(new Mention(page.page(), s, s + piece.length(), piece));
                                expanded.aliases.add(piece);
                            }
                        }
                    }
                    if (t.acronym()) {
                        target = acronymTarget(word, orgs, byName);
                        if (target != null) {
                            target.aliases.add(word);
                        }
                    }
                }
                if (target != null && (t.capitalised() || t.acronym() || Character.isLowerCase(target.name.charAt(0)))) {
                    target.mentions.add(new Mention(page.page(), t.start(), t.end(), word));
                    claimed.add(new int[] {t.start(), t.end()});
                }
            }
        }
    }

    /** The one organisation whose name an acronym abbreviates: {@code AMF} → {@code arbetsmarknadsförvaltningen}. */
    private static OrgBuilder acronymTarget(String acronym, Map<String, OrgBuilder> orgs, Map<String, OrgBuilder> byName) {
        if (byName.containsKey(acronym)) {
            return byName.get(acronym);
        }
        OrgBuilder found = null;
        for (OrgBuilder b : orgs.values()) {
            if (!b.indefinite && abbreviates(acronym, b.name)) {
                if (found != null) {
                    return null;
                }
                found = b;
            }
        }
        return found;
    }

    /**
     * True when the acronym's letters start the name's words, or, for a one-word compound, appear in order in it with
     * the first letter first and the last letter starting its final part ({@code SOF}: socialförvaltningen).
     */
    static boolean abbreviates(String acronym, String name) {
        String a = Lexicon.fold(acronym);
        String[] words = Lexicon.fold(name).split("[\\s-]+");
        if (words.length > 1) {
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty() && !Set.of("och", "i", "av").contains(w)) {
                    initials.append(w.charAt(0));
                }
            }
            return initials.toString().equals(a);
        }
        String w = words[0];
        if (a.length() < 2 || w.length() < 6 || w.charAt(0) != a.charAt(0)) {
            return false;
        }
        String lastPart = null;
        for (String head : new String[] {"forvaltningen", "namnden", "styrelsen", "forbundet", "foreningen", "stiftelsen"}) {
            if (w.endsWith(head)) {
                lastPart = head;
            }
        }
        if (lastPart == null || lastPart.charAt(0) != a.charAt(a.length() - 1)) {
            return false;
        }
        String middle = w.substring(1, w.length() - lastPart.length());
        int from = 0;
        for (int k = 1; k < a.length() - 1; k++) {
            int at = middle.indexOf(a.charAt(k), from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    /** Links first names, surnames and nicknames to the one full name in the document they can mean. */
    private void linkShortPersonMentions(List<MeetingExtractor.PageText> pages, List<List<Token>> tokensByPage,
            List<List<int[]>> claimedByPage, Map<String, PersonBuilder> people) {
        for (MeetingExtractor.PageText page : pages) {
            for (Token t : tokensByPage.get(page.page() - 1)) {
                if (!t.nameShaped() || isClaimed(claimedByPage.get(page.page() - 1), t.start(), t.end())) {
                    continue;
                }
                PersonBuilder target = uniquePerson(t.text(), people);
                if (target == null && t.text().endsWith("s")) {
                    target = uniquePerson(t.text().substring(0, t.text().length() - 1), people);
                }
                if (target == null) {
                    List<String> formal = lexicon.nicknames.get(Lexicon.fold(t.text()));
                    if (formal != null) {
                        for (String f : formal) {
                            PersonBuilder p = uniquePerson(f, people);
                            if (p != null && (target == null || target == p)) {
                                target = p;
                            }
                        }
                    }
                }
                if (target != null) {
                    target.mentions.add(new Mention(page.page(), t.start(), t.end(), t.text()));
                }
            }
        }
    }

    private static PersonBuilder uniquePerson(String word, Map<String, PersonBuilder> people) {
        PersonBuilder found = null;
        for (PersonBuilder p : people.values()) {
            String[] parts = p.name.split("\\s+");
            if (parts.length > 1 && (parts[0].equals(word) || parts[parts.length - 1].equals(word))) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static boolean isClaimed(List<int[]> claimed, int start, int end) {
        for (int[] c : claimed) {
            if (start < c[1] && c[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static final class OrgBuilder {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        boolean indefinite = true;

        OrgBuilder(String name) {
            this.name = name;
        }

        Organisation build() {
            aliases.remove(name);
            mentions.sort(null);
            return new Organisation(name, new ArrayList<>(aliases), dedupe(mentions));
        }
    }

    private static final class PersonBuilder {
        final String name;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> affiliations = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        PersonBuilder(String name) {
            this.name = name;
        }

        Person build() {
            mentions.sort(null);
            return new Person(name, new ArrayList<>(roles), new ArrayList<>(affiliations), dedupe(mentions));
        }
    }

    private static List<Mention> dedupe(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(m)) {
                out.add(m);
            }
        }
        return out;
    }
}
