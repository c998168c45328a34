package org.minutes.cli.command;

import org.minutes.cli.option.LearnedWordsOption;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.pipeline.model.Edit;
import org.minutes.pipeline.repair.RepairResult;
import org.minutes.pipeline.repair.SwedishRepairer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes repair [FILE|-]}: repairs Swedish text damaged by OCR and prints it with the layout unchanged. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repair Swedish text damaged by OCR (lost å/ä/ö, misread letters, encoding damage).",
            "Prints the repaired text with the same lines; only damaged words differ.",
            "With --diff: each change with its place and confidence. With --json: one JSON object per change."})
public final class RepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LearnedWordsOption learned;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--diff", description = "Show each change (line:column, from → to, confidence, rule) instead of the text.")
    boolean diff;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "The text file to repair; - or nothing reads standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        String text = decode(file.equals("-") ? readAll(System.in) : Files.readAllBytes(Path.of(file)));
        RepairResult result = learned.repairer().repair(text);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            for (Edit edit : result.edits()) {
                JsonLines.write(out, json(text, edit));
            }
        } else if (diff) {
            for (Edit edit : result.edits()) {
                int[] place = place(text, edit.start());
                out.printf("%d:%d\t%s → %s\t%.2f\t%s%n", place[0], place[1], edit.from(), edit.to(),
                        edit.confidence(), edit.rule());
            }
        } else {
            out.print(result.text());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(String text, Edit edit) {
        int[] place = place(text, edit.start());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", place[0]);
        m.put("column", place[1]);
        m.put("start", edit.start());
        m.put("end", edit.end());
        m.put("from", edit.from());
        m.put("to", edit.to());
        m.put("confidence", edit.confidence());
        m.put("rule", edit.rule());
        return m;
    }

    /** Line and column (both from 1) of {@code offset}. */
    static int[] place(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual encoding of old Swedish text files). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
