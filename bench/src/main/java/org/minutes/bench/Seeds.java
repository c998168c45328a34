package org.minutes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.SourceKind;

/** The seed texts of the generated archives: the born-digital samples, read through the pipeline. */
final class Seeds {

    private Seeds() {
    }

    static List<Path> bornDigitalPdfs(Path samples) throws IOException {
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith(".scan.pdf")).sorted().toList();
        }
    }

    static List<String> texts(Path samples) throws IOException, PipelineException {
        Pipeline pipeline = Pipeline.standard();
        List<String> texts = new ArrayList<>();
        for (Path pdf : bornDigitalPdfs(samples)) {
            Document document = pipeline.process(pdf);
            if (document.kind() == SourceKind.PDF) {
                texts.add(document.fullText());
            }
        }
        return texts;
    }
}
