import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Makes OCR test pairs for repair the way the seed pair was made: renders a Swedish text to 300 dpi A4 page images
 * (DejaVu Serif 10.5 pt, Java2D) and reads them with Tesseract's English model only, so å, ä and ö are lost or
 * misread as they are in old archives.
 *
 * <p>Usage: {@code java scripts/repair/MakeOcrPairs.java SEED.txt OUT_DIR} writes {@code NAME.txt} (the truth, a
 * copy of the seed) and {@code NAME.ocr.txt} into OUT_DIR. Needs {@code tesseract} with the {@code eng} model;
 * run with {@code OMP_THREAD_LIMIT=1}.
 */
public final class MakeOcrPairs {

    private static final int DPI = 300;
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 3508;
    private static final int MARGIN = 236; // 20 mm

    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String name = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
                .deriveFont(10.5f * DPI / 72f);
        List<BufferedImage> pages = render(text, font);
        StringBuilder ocr = new StringBuilder();
        Path work = Files.createTempDirectory("ocr-pairs");
        for (int i = 0; i < pages.size(); i++) {
            Path png = work.resolve("page" + i + ".png");
            ImageIO.write(pages.get(i), "png", png.toFile());
            Process p = new ProcessBuilder("tesseract", png.toString(), work.resolve("page" + i).toString(),
                    "-l", "eng", "--dpi", String.valueOf(DPI)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IOException("tesseract failed on page " + i);
            }
            ocr.append(Files.readString(work.resolve("page" + i + ".txt"), StandardCharsets.UTF_8));
        }
        Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(name + ".ocr.txt"), ocr.toString().replace("\f", ""), StandardCharsets.UTF_8);
    }

    private static List<BufferedImage> render(String text, Font font) {
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage page = null;
        Graphics2D g = null;
        int y = 0;
        int lineHeight = 0;
        for (String paragraph : text.split("\n")) {
            List<String> lines = new ArrayList<>();
            if (g == null) {
                page = newPage();
                g = graphics(page, font);
                pages.add(page);
                lineHeight = (int) (g.getFontMetrics().getHeight() * 1.15);
                y = MARGIN + lineHeight;
            }
            wrap(paragraph.strip(), g.getFontMetrics(), WIDTH - 2 * MARGIN, lines);
            for (String line : lines) {
                if (y > HEIGHT - MARGIN) {
                    g.dispose();
                    page = newPage();
                    g = graphics(page, font);
                    pages.add(page);
                    y = MARGIN + lineHeight;
                }
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
        }
        if (g != null) {
            g.dispose();
        }
        return pages;
    }

    private static void wrap(String paragraph, FontMetrics metrics, int width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
    }

    private static BufferedImage newPage() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image, Font font) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        return g;
    }
}
