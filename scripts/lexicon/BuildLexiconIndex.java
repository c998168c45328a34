import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minutes.pipeline.lexicon.LexiconIndex;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Writes the precomputed Swedish lexicon index ({@code sv-lexicon.bin.gz}) that {@code SwedishLexicon} loads at
 * start-up, derived from LanguageTool's {@code language-sv} data and {@code sv-counts.tsv}. Same inputs, same bytes.
 *
 * <p>Usage (from the repository root, after {@code mvn -q -B -o compile -pl pipeline} and writing the class path
 * with {@code mvn -q -B -o dependency:build-classpath -pl pipeline -Dmdep.outputFile=/tmp/cp.txt}):
 * {@code java -cp $(cat /tmp/cp.txt):pipeline/target/classes scripts/lexicon/BuildLexiconIndex.java
 * pipeline/src/main/resources/org/minutes/pipeline/lexicon/sv-lexicon.bin.gz}
 */
public final class BuildLexiconIndex {
    public static void main(String[] args) throws Exception {
        LexiconIndex index = LexiconIndex.fromSources(SwedishLexicon.hunspell());
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            index.write(out);
        }
    }
}
