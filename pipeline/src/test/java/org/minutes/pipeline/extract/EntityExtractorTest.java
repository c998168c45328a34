package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Mention;
import org.minutes.pipeline.model.Organisation;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.Person;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    @Test
    void caseFile() throws IOException {
        CaseFile file = CaseFile.read("entities.txt");
        assertThat(file.cases()).hasSizeGreaterThan(20);
        for (String[] c : file.cases()) {
            String text = c[0].replace("\\n", "\n");
            assertThat(persons(text)).as("persons in: " + c[0]).isEqualTo(c[1]);
            assertThat(organisations(text)).as("organisations in: " + c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void knownMissesStillMiss() throws IOException {
        for (String[] c : CaseFile.read("entities.txt").knownMisses()) {
            String text = c[0].replace("\\n", "\n");
            assertThat(persons(text) + "\t" + organisations(text)).as("fixed? move it up: " + c[0]).isNotEqualTo(c[1] + "\t" + c[2]);
        }
    }

    @Test
    void firstNamesAndClearNicknamesAreLinkedToTheFullName() {
        String text = "Bo Pettersson och Leif Berg startade gruppen. Bosse och Leif träffas varje vecka.";
        Person bo = EXTRACTOR.extract(List.of(text), null, null).persons().get(0);
        assertThat(bo.name()).isEqualTo("Bo Pettersson");
        assertThat(bo.mentions()).extracting(Mention::text).containsExactly("Bo Pettersson", "Bosse");
    }

    @Test
    void anAmbiguousFirstNameIsLinkedToNobody() {
        String text = "Anna Berg och Anna Holm deltog. Anna lovade att återkomma.";
        List<Person> persons = EXTRACTOR.extract(List.of(text), null, null).persons();
        assertThat(persons).extracting(p -> p.mentions().size()).containsExactly(1, 1);
    }

    @Test
    void mentionsPointIntoTheirPage() {
        String page2 = "Vi talade med socialdirektören Eva Nord om Centrum för välfärdsforskning (CVF).\nCVF svarar i maj.";
        EntityExtractor.Entities found = EXTRACTOR.extract(List.of("Första sidan.", page2), null, PartialDate.parse("2021-03-02"));
        Person eva = found.persons().get(0);
        assertThat(eva.roles()).containsExactly("socialdirektör");
        Mention m = eva.mentions().get(0);
        assertThat(m.page()).isEqualTo(2);
        assertThat(page2.substring(m.start(), m.end())).isEqualTo("Eva Nord");
        Organisation cvf = found.organisations().get(0);
        assertThat(cvf.name()).isEqualTo("Centrum för välfärdsforskning");
        assertThat(cvf.aliases()).containsExactly("CVF");
        assertThat(cvf.mentions()).extracting(Mention::text).containsExactly("Centrum för välfärdsforskning", "CVF", "CVF");
        assertThat(found.dates()).extracting(d -> d.iso()).containsExactly("2021-05");
    }

    @Test
    void acronymsAreLinkedToTheOneDepartmentTheyAbbreviate() {
        String text = "Arbetsmarknadsförvaltningen deltar. AMF ska ta upp frågan, liksom SOF och socialförvaltningen.";
        List<Organisation> found = EXTRACTOR.extract(List.of(text), null, null).organisations();
        assertThat(found).extracting(Organisation::name).containsExactly("arbetsmarknadsförvaltningen", "socialförvaltningen");
        assertThat(found).extracting(Organisation::aliases).containsExactly(List.of("AMF"), List.of("SOF"));
    }

    @Test
    void indefiniteFormsMergeIntoTheDefiniteAndAloneAreNotANamedBody() {
        assertThat(organisations("Hon har jobbat i socialförvaltning i tio år.")).isEqualTo("-");
        assertThat(organisations("Hon har jobbat i socialförvaltning. Nu leder hon socialförvaltningen.")).isEqualTo("socialförvaltningen");
    }

    @Test
    void worksOnOcrTextThatLostItsDiacritics() {
        String ocr = "Jennie Palsson ar OCN-handledare pa socialforvaltningen och i Region Skane.";
        assertThat(persons(ocr)).isEqualTo("Jennie Palsson");
        assertThat(organisations(ocr)).isEqualTo("socialforvaltningen;Region Skane");
    }

    @Test
    void survivesEmptyAndRandomText() {
        assertThat(EXTRACTOR.extract(List.of(), null, null).persons()).isEmpty();
        assertThat(EXTRACTOR.extract(List.of("", " \n "), "", null).organisations()).isEmpty();
        Random random = new Random(7);
        String alphabet = "abcÅÄÖ XYZ()/,:;§-–\n0123456789ämnenförvaltningen Anna";
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(300); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            EXTRACTOR.extract(List.of(sb.toString(), sb.reverse().toString()), sb.toString(), PartialDate.parse("--03-09"));
        }
    }

    private static String persons(String text) {
        List<Person> found = EXTRACTOR.extract(List.of(text), null, null).persons();
        return found.isEmpty() ? "-" : found.stream().map(Person::name).collect(Collectors.joining(";"));
    }

    private static String organisations(String text) {
        List<Organisation> found = EXTRACTOR.extract(List.of(text), null, null).organisations();
        return found.isEmpty() ? "-" : found.stream().map(Organisation::name).collect(Collectors.joining(";"));
    }
}
