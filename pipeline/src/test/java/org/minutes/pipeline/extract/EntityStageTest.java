package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

class EntityStageTest {

    private final EntityStage stage = new EntityStage();

    @Test
    void addsEntitiesAndMeetingAndLeavesTheInputUntouched() {
        Document input = document("Protokoll styrgruppen 3 februari 2021",
                "Närvarande\nEva Lind, socialförvaltningen\nOla Berg, Stadsmissionen (antecknar)\n\nNästa möte 3 mars.")
                .withMeetingDate(PartialDate.parse("2021-02-03"));
        Document output = stage.run(input);
        assertThat(input.persons()).isEmpty();
        assertThat(input.meeting()).isNull();
        assertThat(output.persons()).extracting(p -> p.name()).containsExactly("Eva Lind", "Ola Berg");
        assertThat(output.organisations()).extracting(o -> o.name()).containsExactly("socialförvaltningen", "Stadsmissionen");
        assertThat(output.dates()).extracting(d -> d.iso()).containsExactly("2021-03-03");
        assertThat(output.meeting().body()).isEqualTo("styrgruppen");
        assertThat(output.meeting().noteTaker()).isEqualTo("Ola Berg");
        assertThat(output.meeting().nextMeeting()).isEqualTo("2021-03-03");
        assertThat(output.versions()).containsEntry("entities", "1");
    }

    @Test
    void survivesEmptyPagesAndRandomText() {
        assertThat(stage.run(document(null)).persons()).isEmpty();
        Random random = new Random(11);
        for (int n = 0; n < 100; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(400); k > 0; k--) {
                sb.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : 0xC0 + random.nextInt(64)));
            }
            stage.run(document(sb.toString(), sb.toString().toUpperCase(), ""));
        }
    }

    private static Document document(String title, String... pages) {
        List<Page> list = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            list.add(Page.of(p + 1, pages[p], TextMethod.PLAIN, "test"));
        }
        Document d = Document.of("abc", new Source("/tmp/x.txt", "00", 1, 0), "text/plain", SourceKind.TEXT, list);
        return title == null ? d : d.withTitle(title);
    }
}
