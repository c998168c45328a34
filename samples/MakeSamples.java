import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Builds the sample archive ({@code samples/}) from the seed texts in {@code shared/seeds/}.
 *
 * <p>The archive has to import minutes in the forms an archive really receives them, so the
 * samples give each form once, made from the real seed texts rather than invented ones:
 * <ul>
 *   <li>born-digital PDFs with a real text layer, for three seeds;</li>
 *   <li>an image-only PDF that simulates a scan of the 2020-11-16 minutes (no text layer, so an
 *       importer has to OCR it), next to the OCR text of the real scan, copied byte for byte;</li>
 *   <li>an HTML page for the interview, which was published on the web.</li>
 * </ul>
 *
 * <p>The output is reproducible: fixed PDF dates, document IDs derived from the content and a
 * fixed random seed for the scan noise, so a rebuild changes a file only when its seed or this
 * program changes.
 *
 * <p>Usage: {@code java -cp <classpath with PDFBox 3> MakeSamples.java SEEDS_DIR OUT_DIR
 * [FONT.ttf [BOLD_FONT.ttf]]}. The fonts default to DejaVu Serif (Debian: fonts-dejavu-core),
 * which covers Swedish letters, dashes and typographic quotes.
 */
public final class MakeSamples {

    private static final String USAGE =
            "usage: java -cp <classpath with PDFBox 3> MakeSamples.java SEEDS_DIR OUT_DIR"
                    + " [FONT.ttf [BOLD_FONT.ttf]]";
    private static final Path DEFAULT_FONT =
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final Path DEFAULT_BOLD_FONT =
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf");

    /** The minutes that exist in every form: extracted text, OCR text, born-digital and scan. */
    private static final String MINUTES_2020 = "gemensam-utvecklingsgrupp-2020-11-16";
    private static final String INTERVIEW = "intervju-emelie-erixon";

    /**
     * The seeds typeset as born-digital PDFs. A null title means the seed's first line is the
     * title. The 2020-11-16 minutes lost their title line in extraction (the OCR of the same
     * minutes kept it), so it is given here.
     */
    private static final List<BornDigital> BORN_DIGITAL = List.of(
            new BornDigital(MINUTES_2020, "Gemensam utvecklingsgrupp 16 november 2020", false),
            new BornDigital("ledningsgrupp-for-utveckling-9-mars", null, false),
            new BornDigital("verksamhetsplan-socialforvaltningen-2021", null, true));

    /**
     * PDF dates are fixed so that rebuilds are byte-identical. They are the build date of the
     * sample set, not the dates of the documents: those are in the texts.
     */
    private static final Calendar FIXED_DATE = fixedDate();

    /**
     * @param name        base name of the seed ({@code name.txt}) and of the PDF ({@code name.pdf})
     * @param title       heading and metadata title, or null to use the seed's first line
     * @param dehyphenate whether the seed's line-end hyphens are the layout's word breaks
     */
    private record BornDigital(String name, String title, boolean dehyphenate) {}

    /** A seed split into its title line and the lines after it. */
    private record Text(String title, List<String> body) {}

    private MakeSamples() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path font = args.length > 2 ? Path.of(args[2]) : DEFAULT_FONT;
        // Whoever names one font may have no DejaVu to pair it with: it then serves headings too.
        Path boldFont = args.length > 3 ? Path.of(args[3]) : args.length > 2 ? font : DEFAULT_BOLD_FONT;
        requireFont(font);
        requireFont(boldFont);

        Files.createDirectories(out);
        for (BornDigital spec : BORN_DIGITAL) {
            writeBornDigitalPdf(spec, seeds.resolve(spec.name() + ".txt"),
                    written(out.resolve(spec.name() + ".pdf")), font, boldFont);
        }
        // Bytes only: Files.copy would also carry over the seed's read-only mode.
        Files.write(written(out.resolve(MINUTES_2020 + ".ocr.txt")),
                Files.readAllBytes(seeds.resolve(MINUTES_2020 + ".ocr.txt")));
        writeScanPdf(out.resolve(MINUTES_2020 + ".pdf"), written(out.resolve(MINUTES_2020 + ".scan.pdf")));
        writeHtml(seeds.resolve(INTERVIEW + ".txt"), written(out.resolve(INTERVIEW + ".html")));
    }

    private static void requireFont(Path font) {
        if (!Files.isRegularFile(font)) {
            System.err.println("font not found: " + font
                    + " (install fonts-dejavu-core or name a TrueType font)\n" + USAGE);
            System.exit(2);
        }
    }

    /** Announces a file before it is written, so a failure shows which file it hit. */
    private static Path written(Path target) {
        System.out.println("writing " + target);
        return target;
    }

    private static Calendar fixedDate() {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(2025, Calendar.JANUARY, 1, 0, 0, 0);
        return date;
    }

    // ---------------------------------------------------------------- seed text

    private static Text readSeed(Path seed, String fixedTitle) throws IOException {
        List<String> lines = Files.readAllLines(seed, UTF_8);
        if (fixedTitle != null) {
            return new Text(fixedTitle, lines);
        }
        int first = 0;
        while (lines.get(first).isBlank()) {
            first++;
        }
        return new Text(lines.get(first).strip(), lines.subList(first + 1, lines.size()));
    }

    /**
     * Undoes the line breaks that text extraction put into the seeds, so the PDFs can be laid out
     * afresh. The rules read only what the extracted layout shows; nothing is reworded.
     */
    private static final class Reflow {

        /**
         * The seeds come from pages about 100 characters wide and their wrapped lines all run
         * past 75 characters; a line shorter than this ended where its author ended it (a
         * heading, a name in a list, the last line of a paragraph).
         */
        private static final int SHORT_LINE = 60;
        /** A bullet or dash item: it starts a new paragraph however long the line before it. */
        static final Pattern LIST_ITEM = Pattern.compile("^[•\\-–—] ");
        /** A word broken by the layout: a letter, then the hyphen, at the very end of the line. */
        private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}-$");
        /** A lowercase word (not a URL such as {@code http://...}) opening a block. */
        private static final Pattern LOWERCASE_WORD = Pattern.compile("^\\p{Ll}+(?=[\\s.,;!?]|$)");

        private Reflow() {}

        static List<String> paragraphs(List<String> lines, boolean dehyphenate) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = null;
            String previous = null;
            boolean afterBlank = false;
            for (String line : lines) {
                if (line.isBlank()) {
                    afterBlank = true;
                    continue;
                }
                boolean continues = paragraph != null
                        && (afterBlank ? continuesAcrossBlank(paragraph, line) : isSoftWrap(previous, line));
                if (continues) {
                    join(paragraph, previous, line.strip(), dehyphenate);
                } else {
                    if (paragraph != null) {
                        paragraphs.add(paragraph.toString());
                    }
                    paragraph = new StringBuilder(line.strip());
                }
                previous = line;
                afterBlank = false;
            }
            if (paragraph != null) {
                paragraphs.add(paragraph.toString());
            }
            return paragraphs;
        }

        /**
         * Whether a line only continues the one before it. The extractor put a space before
         * text that opens a new page, and such a line starts a paragraph.
         */
        private static boolean isSoftWrap(String previous, String line) {
            return previous.strip().length() >= SHORT_LINE
                    && !Character.isWhitespace(line.charAt(0))
                    && !LIST_ITEM.matcher(line).find();
        }

        /**
         * The extractor also left blank lines inside some sentences ("...vad det här innebär
         * för", blank, "parterna."). A block that opens with a lowercase word after a paragraph
         * that stops mid-sentence is the rest of that sentence.
         */
        private static boolean continuesAcrossBlank(CharSequence paragraph, String line) {
            char last = paragraph.charAt(paragraph.length() - 1);
            return ".!?:;".indexOf(last) < 0 && LOWERCASE_WORD.matcher(line.strip()).find();
        }

        /**
         * Appends a continuation line. A hyphen right after a letter at the end of the previous
         * line, followed by a lowercase letter, is a word the layout broke ("ge-", "mensamma"):
         * it is joined without the hyphen. A suspended compound ("barn- och") keeps its space
         * after the hyphen in the seeds, so it is never taken for a broken word.
         */
        private static void join(StringBuilder paragraph, String previous, String line, boolean dehyphenate) {
            boolean brokenWord = dehyphenate
                    && BROKEN_WORD.matcher(previous).find()
                    && Character.isLowerCase(line.codePointAt(0));
            if (brokenWord) {
                paragraph.setLength(paragraph.length() - 1);
            } else {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
    }

    // ---------------------------------------------------------------- born-digital PDF

    private static void writeBornDigitalPdf(BornDigital spec, Path seed, Path target,
            Path fontFile, Path boldFontFile) throws IOException {
        Text text = readSeed(seed, spec.title());
        // The fonts must stay open until the document is saved, which is when they are subset.
        try (TrueTypeFont fontData = openWithoutLigatures(fontFile);
                TrueTypeFont boldFontData = openWithoutLigatures(boldFontFile);
                PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, fontData, true);
            PDFont boldFont = PDType0Font.load(document, boldFontData, true);
            try (Typesetter typesetter = new Typesetter(document, target.getFileName().toString())) {
                typesetter.heading(text.title(), boldFont);
                for (String paragraph : Reflow.paragraphs(text.body(), spec.dehyphenate())) {
                    typesetter.paragraph(paragraph, font);
                }
            }
            document.getDocumentInformation().setTitle(text.title());
            // Swedish, so that readers and extractors pick the right language rules.
            document.getDocumentCatalog().setLanguage("sv-SE");
            stampForReproducibility(document, target, Files.readAllBytes(seed));
            save(document, target);
        }
    }

    /**
     * Opens a TrueType font with glyph substitution off. PDFBox otherwise sets "fl", "ff" and
     * "fi" as ligature glyphs, which text extraction returns as U+FB02 and the like ("ﬂera"
     * for "flera"): the text layer would no longer hold the words as written.
     */
    private static TrueTypeFont openWithoutLigatures(Path fontFile) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
        font.setEnableGsub(false);
        return font;
    }

    /**
     * Replaces what PDFBox would otherwise take from the clock: the dates, and the document ID
     * it derives from the time when none is set. The ID is a digest of the file name and the
     * content it was made from, so it changes exactly when the content does.
     */
    private static void stampForReproducibility(PDDocument document, Path target, byte[] source) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(FIXED_DATE);
        info.setModificationDate(FIXED_DATE);
        COSString id = new COSString(md5(target.getFileName().toString().getBytes(UTF_8), source));
        COSArray ids = new COSArray();
        // Both halves equal: the PDF convention for a file that has never been revised.
        ids.add(id);
        ids.add(id);
        document.getDocument().setDocumentID(ids);
    }

    /**
     * Saves through a stream: PDFBox's save(File) warns on every rebuild that overwriting a file
     * could corrupt it, which is only so when the document was read from that same file.
     */
    private static void save(PDDocument document, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            document.save(out);
        }
    }

    private static byte[] md5(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** Lays paragraphs out top to bottom on A4 pages, starting a new page when one is full. */
    private static final class Typesetter implements Closeable {

        private static final PDRectangle PAGE = PDRectangle.A4;
        private static final float MARGIN = 20 * 72 / 25.4f;
        private static final float COLUMN = PAGE.getWidth() - 2 * MARGIN;
        private static final float BODY_SIZE = 10.5f;
        private static final float BODY_LEADING = 13.5f;
        private static final float PARAGRAPH_GAP = 6;
        private static final float HEADING_SIZE = 16;
        private static final float HEADING_LEADING = 20;
        private static final float HEADING_GAP = 12;

        private final PDDocument document;
        private final String fileName;
        private final Set<Integer> reportedMissing = new HashSet<>();
        private PDPageContentStream content;
        /** Baseline of the last line written; the top margin on a fresh page. */
        private float y;

        Typesetter(PDDocument document, String fileName) {
            this.document = document;
            this.fileName = fileName;
        }

        void heading(String text, PDFont font) throws IOException {
            block(text, font, HEADING_SIZE, HEADING_LEADING, HEADING_GAP, 0);
        }

        /** Sets a paragraph; a list item hangs its further lines under its text, not its bullet. */
        void paragraph(String text, PDFont font) throws IOException {
            Matcher item = Reflow.LIST_ITEM.matcher(text);
            float hang = item.find() ? width(item.group(), font, BODY_SIZE) : 0;
            block(text, font, BODY_SIZE, BODY_LEADING, PARAGRAPH_GAP, hang);
        }

        private void block(String text, PDFont font, float size, float leading, float gapAfter, float hang)
                throws IOException {
            List<String> lines = wrap(printable(text, font), font, size, hang);
            for (int i = 0; i < lines.size(); i++) {
                if (content == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN + (i == 0 ? 0 : hang), y);
                content.showText(lines.get(i));
                content.endText();
            }
            y -= gapAfter;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        /**
         * Greedy line filling. A word wider than the column (a long URL, say) is cut where it
         * must be rather than run off the page.
         */
        private static List<String> wrap(String text, PDFont font, float size, float hang) throws IOException {
            List<String> lines = new ArrayList<>();
            Deque<String> words = new ArrayDeque<>(Arrays.asList(text.strip().split("\\s+")));
            String line = "";
            while (!words.isEmpty()) {
                String word = words.pop();
                String candidate = line.isEmpty() ? word : line + ' ' + word;
                float available = COLUMN - (lines.isEmpty() ? 0 : hang);
                if (width(candidate, font, size) <= available) {
                    line = candidate;
                } else if (!line.isEmpty()) {
                    lines.add(line);
                    line = "";
                    words.push(word);
                } else {
                    int cut = fittingPrefix(word, font, size, available);
                    lines.add(word.substring(0, cut));
                    words.push(word.substring(cut));
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        /** Length of the longest prefix of the word that fits; at least one character. */
        private static int fittingPrefix(String word, PDFont font, float size, float available) throws IOException {
            int end = word.offsetByCodePoints(0, 1);
            while (end < word.length()) {
                int next = word.offsetByCodePoints(end, 1);
                if (width(word.substring(0, next), font, size) > available) {
                    break;
                }
                end = next;
            }
            return end;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Replaces characters the font has no glyph for with '?', warning once for each, since
         * PDFBox would otherwise fail on them and lose the whole file.
         */
        private String printable(String text, PDFont font) {
            StringBuilder result = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                String character = Character.toString(codePoint);
                if (Character.isWhitespace(codePoint) || hasGlyph(font, character)) {
                    result.append(character);
                } else {
                    if (reportedMissing.add(codePoint)) {
                        System.err.printf("warning: %s: font %s has no glyph for U+%04X '%s'; writing '?'%n",
                                fileName, font.getName(), codePoint, character);
                    }
                    result.append('?');
                }
            });
            return result.toString();
        }

        private static boolean hasGlyph(PDFont font, String character) {
            try {
                font.encode(character);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
    }

    // ---------------------------------------------------------------- simulated scan

    private static final int SCAN_DPI = 300;
    private static final float JPEG_QUALITY = 0.75f;
    /** Fixed so that every rebuild puts the same specks at the same skew. */
    private static final long SCAN_NOISE_SEED = 20201116L;
    private static final int SPECKS_PER_PAGE = 250;
    /** Gray level of the paper as the scanner sees it: never quite white. */
    private static final int PAPER_GRAY = 244;

    /**
     * Prints the born-digital PDF and scans it back, as it were: each page is rendered to a
     * 300 dpi grayscale image, aged like a scan and stored as a JPEG page with no text layer.
     */
    private static void writeScanPdf(Path bornDigital, Path target) throws IOException {
        Random random = new Random(SCAN_NOISE_SEED);
        try (PDDocument original = Loader.loadPDF(bornDigital.toFile());
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(original);
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, SCAN_DPI, ImageType.GRAY);
                addImagePage(scan, ageLikeScan(page, random));
            }
            // No title: a scanner knows nothing of the content, so the importer must find it.
            stampForReproducibility(scan, target, Files.readAllBytes(bornDigital));
            save(scan, target);
        }
    }

    private static BufferedImage ageLikeScan(BufferedImage page, Random random) {
        // Paper never lies quite straight on the glass: 0.4 to 0.8 degrees either way.
        double degrees = (0.4 + 0.4 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        BufferedImage scan = rotated(page, degrees);
        tintPaper(scan, random);
        addSpecks(scan, random);
        return scan;
    }

    /** The page turned about its centre; the corners it uncovers are white, like the scanner lid. */
    private static BufferedImage rotated(BufferedImage page, double degrees) {
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage rotated = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = rotated.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return rotated;
    }

    /**
     * Darkens white to a paper gray that drifts slowly across the page, as uneven lighting does.
     * The drift is a sum of one slow wave across and one down the page: smooth, so it costs the
     * JPEG almost nothing, unlike per-pixel grain. Ink stays as dark as it was.
     */
    private static void tintPaper(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[] across = slowWave(width, random);
        double[] down = slowWave(height, random);
        // The image was made as TYPE_BYTE_GRAY above: one byte per pixel, rows back to back.
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int index = row * width + column;
                double paper = PAPER_GRAY + across[column] + down[row];
                pixels[index] = (byte) Math.round((pixels[index] & 0xff) * paper / 255);
            }
        }
    }

    /** Half to one period of a sine over {@code length} pixels, a few gray levels high. */
    private static double[] slowWave(int length, Random random) {
        double amplitude = 2 + 3 * random.nextDouble();
        double periods = 0.5 + 0.5 * random.nextDouble();
        double phase = 2 * Math.PI * random.nextDouble();
        double[] wave = new double[length];
        for (int i = 0; i < length; i++) {
            wave[i] = amplitude * Math.sin(phase + 2 * Math.PI * periods * i / length);
        }
        return wave;
    }

    /** Dust and toner specks: small dark dots, 0.1 to 0.4 mm across at 300 dpi. */
    private static void addSpecks(BufferedImage image, Random random) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < SPECKS_PER_PAGE; i++) {
            int gray = 40 + random.nextInt(120);
            double width = 1.2 + 3.5 * random.nextDouble();
            double height = width * (0.6 + 0.8 * random.nextDouble());
            g.setColor(new Color(gray, gray, gray));
            g.fill(new Ellipse2D.Double(random.nextDouble() * image.getWidth(),
                    random.nextDouble() * image.getHeight(), width, height));
        }
        g.dispose();
    }

    /** One A4 page filled by the image, which therefore keeps its 300 dpi. */
    private static void addImagePage(PDDocument document, BufferedImage image) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, JPEG_QUALITY, SCAN_DPI);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    // ---------------------------------------------------------------- web page

    /**
     * The interview as a plain HTML5 page: the first line is the title and heading, and each
     * blank-line-separated block a paragraph. Lines inside a block stay separate lines, because
     * web text has no wrapping for them to be an artefact of.
     */
    private static void writeHtml(Path seed, Path target) throws IOException {
        Text text = readSeed(seed, null);
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escapeHtml(text.title())).append("</title>\n")
                .append("</head>\n<body>\n")
                .append("<h1>").append(escapeHtml(text.title())).append("</h1>\n");
        for (List<String> block : blocks(text.body())) {
            html.append("<p>");
            for (int i = 0; i < block.size(); i++) {
                html.append(i == 0 ? "" : "<br>\n").append(escapeHtml(block.get(i)));
            }
            html.append("</p>\n");
        }
        html.append("</body>\n</html>\n");
        Files.writeString(target, html, UTF_8);
    }

    /** Groups the non-blank lines, stripped, into the blocks that blank lines separate. */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                block.add(line.strip());
            } else if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
