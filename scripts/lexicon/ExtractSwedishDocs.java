import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns the Swedish help pages and manuals unpacked by {@code fetch-debian-docs.sh} into plain Swedish text, one
 * paragraph per block, for {@code DeriveCorpusCounts.java}.
 *
 * <p>Reads every DocBook, Mallard, XML, HTML and LibreOffice help file under a {@code sv} or {@code sv-SE} folder
 * of ROOT, and the Swedish manual pages; removes markup and entities; keeps only paragraphs written in Swedish
 * (more Swedish than English function words), since parts of several manuals are untranslated. Files are read in
 * sorted order, so the same packages give the same bytes.
 *
 * <p>Usage, from the repository root: {@code java scripts/lexicon/ExtractSwedishDocs.java ROOT OUT.txt}
 */
public final class ExtractSwedishDocs {

    private static final Set<String> MARKUP = Set.of("docbook", "page", "xml", "html", "htm", "xhp");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|para|title|li|listitem|item|h\\d|br|div|section|sect\\d|td|th|tr|entry|term|row|table"
                    + "|note|tip|caption|figure|example|screen|programlisting|pre|dt|dd)\\b[^>]*>");
    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<!--.*?-->|<!\\[CDATA\\[.*?]]>|<(script|style|screen|programlisting|pre|code)\\b[^>]*>.*?</\\1>"
                    + "|<!DOCTYPE[^\\[>]*\\[.*?]>|<![^>]*>|<\\?.*?\\?>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** An empty element that stands for text (not an anchor or a table column's settings, which have none). */
    private static final Pattern EMPTY_ELEMENT = Pattern.compile(
            "(?i)<(?!(anchor|colspec|spanspec|area|co)\\b)[a-z][^>]*/>");
    /**
     * Written where text was left out (a product-name entity, a code block, a generated cross-reference), so that
     * {@code DeriveCorpusCounts} pairs no words across it: {@code i &kdevelop; är} must not count as {@code i är}.
     */
    static final String GAP = "\u2063";
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9.-]*);");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> SWEDISH = Set.of(("och att det som en ett är på av för med till den inte om har"
            + " de kan eller från så man sig när också vid under efter där här hur vad vara blir denna detta dessa"
            + " mellan mot utan genom alla måste ska skall men vi du jag finns kommer eftersom vilket vilken sina"
            + " sin sitt dig din ditt deras än").split(" "));
    private static final Set<String> ENGLISH = Set.of(("the and of to is in for that with on this you are be by"
            + " from or as it an not if which your will can have has was were at these those when where how what"
            + " all must should but we they").split(" "));

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExtractSwedishDocs ROOT OUT.txt");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(ExtractSwedishDocs::wanted).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        long kept = 0;
        long seen = 0;
        for (Path file : files) {
            String text = read(file);
            text = isManPage(file) ? stripTroff(text) : stripMarkup(text);
            for (String paragraph : text.split("\\n\\s*\\n")) {
                String p = paragraph.replaceAll("\\s+", " ").strip();
                int words = countWords(p);
                seen += words;
                if (words > 0 && swedish(p)) {
                    out.append(p).append("\n\n");
                    kept += words;
                }
            }
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.err.printf("%d files, %d words, %d kept as Swedish%n", files.size(), seen, kept);
    }

    private static boolean wanted(Path file) {
        String path = file.toString().replace('\\', '/');
        if (isManPage(file)) {
            return true;
        }
        if (!path.contains("/sv/") && !path.contains("/sv-SE/")) {
            return false;
        }
        String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 && MARKUP.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isManPage(Path file) {
        return file.toString().replace('\\', '/').contains("/share/man/sv/");
    }

    private static String read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            // Old manual pages are in ISO-8859-1: undecodable bytes show as U+FFFD.
            return text.indexOf('\uFFFD') >= 0 ? new String(bytes, StandardCharsets.ISO_8859_1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String stripMarkup(String text) {
        String t = DROPPED.matcher(text).replaceAll(" " + GAP + " ");
        t = BLOCK.matcher(t).replaceAll("\n\n");
        // An empty element (<xref/>, <inlinegraphic/>) stands for text made when the page is shown.
        t = EMPTY_ELEMENT.matcher(t).replaceAll(" " + GAP + " ");
        t = TAG.matcher(t).replaceAll(" ");
        Matcher m = ENTITY.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Manual pages: request lines start paragraphs; font escapes and other escapes go. */
    private static String stripTroff(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                String request = line.replaceFirst("^[.'](\\S+).*", "$1");
                if (Set.of("B", "I", "BI", "BR", "IR", "RB", "RI", "IB", "SM").contains(request)) {
                    sb.append(line.replaceFirst("^[.']\\S+\\s*", "").replace("\"", "")).append('\n');
                } else {
                    sb.append("\n\n");
                }
                continue;
            }
            sb.append(line.replaceAll("\\\\f[BIRP]|\\\\f\\(..|\\\\[-&]|\\\\\\(..|\\\\.", " ")).append('\n');
        }
        return sb.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
        }
        if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        return switch (name) {
            case "aring" -> "å";
            case "auml" -> "ä";
            case "ouml" -> "ö";
            case "Aring" -> "Å";
            case "Auml" -> "Ä";
            case "Ouml" -> "Ö";
            case "eacute" -> "é";
            case "uuml" -> "ü";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot", "ldquo", "rdquo" -> "\"";
            case "apos", "lsquo", "rsquo" -> "'";
            case "ndash", "mdash" -> "–";
            case "nbsp" -> " ";
            case "hellip" -> "...";
            // Product names and other local entities (&kde;, &konqueror;) are left out, as a gap.
            default -> " " + GAP + " ";
        };
    }

    private static int countWords(String p) {
        Matcher m = WORD.matcher(p);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** More Swedish than English function words, at least one of them. */
    private static boolean swedish(String p) {
        Matcher m = WORD.matcher(p);
        int sv = 0;
        int en = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            sv += SWEDISH.contains(w) ? 1 : 0;
            en += ENGLISH.contains(w) ? 1 : 0;
        }
        return sv > en;
    }
}
