import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the Swedish word and word-pair counts that OCR repair uses for context
 * (pipeline/src/main/resources/org/minutes/pipeline/lexicon/sv-counts.tsv) from Swedish text shipped in Debian:
 * dasher-data's training_swedish_SE.txt (GPL-2+) and cfi-sv's cfi.html (public domain).
 *
 * <p>Usage, from the repository root: {@code java scripts/lexicon/DeriveCorpusCounts.java OUT.tsv [--weight=W]
 * FILE...}; {@code --weight} multiplies the counts of the files after it (default 1). HTML files have their tags
 * and entities removed first. Words are lower-cased; a number becomes {@code <num>};
 * a sentence boundary is {@code <s>}. Output (UTF-8, sorted, so the same inputs give the same bytes):
 * {@code 1<TAB>word<TAB>count} for every word, then {@code 2<TAB>left right<TAB>count} for every pair.
 */
public final class DeriveCorpusCounts {

    /** Marks where text was left out: no pair spans it. */
    private static final char GAP = '\u2063';
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:[-']\\p{L}+)*|\\d+(?:[.,:]\\d+)*|[.!?]+");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DeriveCorpusCounts OUT.tsv [--weight=W] FILE...");
            System.exit(2);
        }
        Map<String, Integer> words = new TreeMap<>();
        Map<String, Integer> pairs = new TreeMap<>();
        double weight = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--weight=")) {
                weight = Double.parseDouble(args[i].substring("--weight=".length()));
                continue;
            }
            String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            if (args[i].endsWith(".html")) {
                text = stripHtml(text);
            }
            Map<String, Integer> fileWords = new TreeMap<>();
            Map<String, Integer> filePairs = new TreeMap<>();
            Set<String> lowerSeen = lowerCaseWords(text);
            for (String paragraph : text.split("\\n\\s*\\n|\\u0085")) {
                count(paragraph, lowerSeen, fileWords, filePairs);
            }
            addWeighted(fileWords, weight, words);
            addWeighted(filePairs, weight, pairs);
        }
        List<String> lines = new ArrayList<>();
        words.forEach((w, n) -> lines.add("1\t" + w + "\t" + n));
        pairs.forEach((p, n) -> lines.add("2\t" + p + "\t" + n));
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }

    /**
     * Adds one text's counts times {@code weight}, rounded, but at least 1: a text of another register (manuals)
     * can then count as much as a smaller one of the register wanted, without losing what it saw once.
     */
    private static void addWeighted(Map<String, Integer> counts, double weight, Map<String, Integer> into) {
        counts.forEach((k, n) -> into.merge(k, weight == 1 ? n : (int) Math.max(1, Math.round(n * weight)),
                Integer::sum));
    }

    private static void count(String paragraph, Set<String> lowerSeen, Map<String, Integer> words,
            Map<String, Integer> pairs) {
        Matcher m = TOKEN.matcher(paragraph);
        String previous = "<s>";
        int previousEnd = 0;
        while (m.find()) {
            String token = m.group();
            if (previous != null && !previous.equals("<s>")
                    && paragraph.substring(previousEnd, m.start()).indexOf(GAP) >= 0) {
                // Text was left out here (see ExtractSwedishDocs): the words around it were not neighbours. (At a
                // sentence start nothing is paired yet, and the next word still starts the sentence.)
                previous = null;
            }
            previousEnd = m.end();
            String word;
            if (Character.isDigit(token.charAt(0))) {
                word = "<num>";
            } else if (!Character.isLetter(token.charAt(0))) {
                word = "<s>";
            } else {
                word = token.toLowerCase(Locale.ROOT);
                if (!"<s>".equals(previous) && Character.isUpperCase(token.charAt(0)) && !lowerSeen.contains(word)) {
                    // A name (written with a capital mid-sentence and never in lower case in this text): it says
                    // nothing about the lower-case word, so it is not counted, nor paired with its neighbours.
                    previous = null;
                    continue;
                }
            }
            if (!word.equals("<s>")) {
                words.merge(word, 1, Integer::sum);
            }
            if (previous != null && !(previous.equals("<s>") && word.equals("<s>"))) {
                pairs.merge(previous + " " + word, 1, Integer::sum);
            }
            previous = word;
        }
        if (previous != null && !previous.equals("<s>")) {
            pairs.merge(previous + " <s>", 1, Integer::sum);
        }
    }

    /** The words a text writes in lower case somewhere. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> seen = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (Character.isLowerCase(token.charAt(0))) {
                seen.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return seen;
    }

    private static String stripHtml(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<(p|br|h\\d|li|div)[^>]*>", "\n\n")
                .replaceAll("<[^>]+>", " ");
        Matcher m = Pattern.compile("&(#\\d+|[a-zA-Z]+);").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        return switch (name) {
            case "aring" -> "å"; case "auml" -> "ä"; case "ouml" -> "ö";
            case "Aring" -> "Å"; case "Auml" -> "Ä"; case "Ouml" -> "Ö";
            case "eacute" -> "é"; case "uuml" -> "ü";
            case "amp" -> "&"; case "lt" -> "<"; case "gt" -> ">"; case "quot" -> "\"";
            case "nbsp" -> " "; case "shy" -> ""; case "sect" -> "§";
            case "aacute" -> "á"; case "agrave" -> "à"; case "Eacute" -> "É";
            // Any other entity stands for text this decoder does not know: a gap, as in ExtractSwedishDocs.
            default -> " " + GAP + " ";
        };
    }
}
