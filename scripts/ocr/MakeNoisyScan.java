import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Makes an image-only PDF of a text in another font, turned a little, on noisy gray paper: a harder scan than the
 * sample, for measuring OCR. Usage: java -cp cli/target/minutes.jar notes/MakeNoisyScan.java TEXT.txt OUT.pdf
 * [FONT.ttf] [DEGREES]. Deterministic (fixed random seed).
 */
public class MakeNoisyScan {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Path out = Path.of(args[1]);
        String fontFile = args.length > 2 ? args[2] : "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf";
        double degrees = args.length > 3 ? Double.parseDouble(args[3]) : 2.0;
        int dpi = 300;
        int width = (int) (210 / 25.4 * dpi);
        int height = (int) (297 / 25.4 * dpi);
        int margin = (int) (20 / 25.4 * dpi);
        Font font = Font.createFont(Font.TRUETYPE_FONT, Path.of(fontFile).toFile()).deriveFont(10.5f * dpi / 72);
        Random random = new Random(2025);
        List<List<String>> pages = layout(text, font, width - 2 * margin, height - 2 * margin);
        try (PDDocument pdf = new PDDocument()) {
            int n = 0;
            for (List<String> lines : pages) {
                BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = page.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.rotate(Math.toRadians(n++ % 2 == 0 ? degrees : -degrees), width / 2.0, height / 2.0);
                g.setColor(Color.BLACK);
                g.setFont(font);
                int lineHeight = (int) (font.getSize2D() * 1.35);
                int y = margin + lineHeight;
                for (String line : lines) {
                    g.drawString(line, margin, y);
                    y += lineHeight;
                }
                g.dispose();
                for (int py = 0; py < height; py++) {
                    for (int px = 0; px < width; px++) {
                        int v = page.getRaster().getSample(px, py, 0) * 200 / 255 + 35 + (int) Math.round(random.nextGaussian() * 20);
                        page.getRaster().setSample(px, py, 0, Math.max(0, Math.min(255, v)));
                    }
                }
                Graphics2D specks = page.createGraphics();
                specks.setColor(Color.DARK_GRAY);
                for (int i = 0; i < 400; i++) {
                    int size = 2 + random.nextInt(5);
                    specks.fillOval(random.nextInt(width), random.nextInt(height), size, size);
                }
                specks.dispose();
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                pdf.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    content.drawImage(JPEGFactory.createFromImage(pdf, page, 0.6f, dpi), 0, 0,
                            PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.save(out.toFile());
        }
        System.out.println(out + ": " + pages.size() + " pages");
    }

    /** Words wrapped to the width; a blank line in the text starts a new paragraph. */
    static List<List<String>> layout(String text, Font font, int width, int height) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        FontMetrics metrics = g.getFontMetrics(font);
        int perPage = height / (int) (font.getSize2D() * 1.35) - 1;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() > 0 && metrics.stringWidth(line + " " + word) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        g.dispose();
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        return pages;
    }
}
