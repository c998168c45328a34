package org.minutes.cli.command;

import org.minutes.cli.option.LearnedWordsOption;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.option.OcrOption;
import org.minutes.cli.render.DocumentJson;
import org.minutes.cli.render.DocumentText;
import org.minutes.cli.render.JsonLines;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes extract FILE...}: runs the pipeline on files without touching the archive. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on files and print what it finds, without touching the archive.",
            "With --json: one JSON object per file (JSON Lines)."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LearnedWordsOption learned;

    @Mixin
    JsonOption jsonOption;

    @Mixin
    OcrOption ocrOption;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to process.")
    List<Path> files;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Pipeline pipeline = Pipeline.standard(learned.apply(ocrOption.apply(PipelineSettings.defaults())))) {
            failed = extractAll(pipeline, out, err);
        }
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.NONE_OR_SOME_FAILED;
    }

    private int extractAll(Pipeline pipeline, PrintWriter out, PrintWriter err) {
        int failed = 0;
        for (Path file : files) {
            try {
                Document document = pipeline.process(file);
                if (jsonOption.enabled()) {
                    JsonLines.write(out, DocumentJson.of(document));
                } else {
                    DocumentText.header(out, document);
                    DocumentText.entities(out, document);
                    for (Page page : document.pages()) {
                        DocumentText.page(out, page, false);
                    }
                    out.println();
                }
            } catch (PipelineException e) {
                failed++;
                if (jsonOption.enabled()) {
                    JsonLines.write(out, DocumentJson.failure(file.toString(), e.getMessage()));
                }
                err.println("minutes: " + file + ": " + e.getMessage());
            }
            out.flush();
        }
        return failed;
    }
}
