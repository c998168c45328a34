/**
 * Runs {@code EvalOcrCommand} until it is registered as {@code minutes eval ocr}. Usage:
 * OMP_THREAD_LIMIT=1 java -cp cli/target/minutes.jar notes/EvalOcr.java [--workers N] --truth TRUE.txt FILE
 */
public class EvalOcr {
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new org.minutes.cli.command.EvalOcrCommand()).execute(args));
    }
}
