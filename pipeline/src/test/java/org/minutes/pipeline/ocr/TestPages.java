package org.minutes.pipeline.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Page images for tests: Swedish text drawn with Java2D at 300 dpi, optionally turned, skewed or noisy. */
final class TestPages {

    static final String SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    static final String SANS_OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf";

    /** Text for tests, written for them: every line has å, ä or ö. */
    static final List<String> MINUTES = List.of(
            "Sammanträdet öppnades klockan nio på förmiddagen.",
            "Ordföranden hälsade alla välkomna till mötet.",
            "Nämnden beslöt att återremittera ärendet.",
            "Kostnaderna för öppenvården ökade med fyra procent.",
            "Förslaget återkommer på nästa möte i höst.");

    static final List<String> BUDGET = List.of(
            "Verksamheten ska nå sina mål under året.",
            "Både äldreomsorgen och förskolan får mer pengar.",
            "Övriga frågor togs upp på slutet av mötet.");

    private TestPages() {
    }

    /** {@code lines} in {@code fontFile} at 11 pt, 300 dpi, black on white, 1800 pixels wide. */
    static BufferedImage page(List<String> lines, String fontFile) {
        Font font = font(fontFile).deriveFont(11f * 300 / 72);
        int lineHeight = (int) (font.getSize2D() * 1.6);
        BufferedImage image = new BufferedImage(1800, 120 + lineHeight * lines.size() + 80, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        int y = 120;
        for (String line : lines) {
            g.drawString(line, 100, y);
            y += lineHeight;
        }
        g.dispose();
        return image;
    }

    /** The image turned {@code degrees} clockwise about its centre, on a canvas that holds all of it. */
    static BufferedImage turned(BufferedImage image, double degrees) {
        double r = Math.toRadians(degrees);
        int w = image.getWidth();
        int h = image.getHeight();
        int nw = (int) Math.ceil(Math.abs(w * Math.cos(r)) + Math.abs(h * Math.sin(r)));
        int nh = (int) Math.ceil(Math.abs(w * Math.sin(r)) + Math.abs(h * Math.cos(r)));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, nw, nh);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.translate(nw / 2.0, nh / 2.0);
        g.rotate(r);
        g.drawImage(image, -w / 2, -h / 2, null);
        g.dispose();
        return out;
    }

    /** A copy with gray paper, pixel noise and dark specks, from a fixed seed. */
    static BufferedImage noisy(BufferedImage image, long seed) {
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = image.getRaster().getSample(x, y, 0);
                int paper = v * 215 / 255 + 20; // white becomes light gray, black stays dark
                int noise = (int) Math.round(random.nextGaussian() * 18);
                out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, paper + noise)));
            }
        }
        Graphics2D g = out.createGraphics();
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < 150; i++) {
            int size = 2 + random.nextInt(4);
            g.fillOval(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), size, size);
        }
        g.dispose();
        return out;
    }

    static Path png(Path folder, String name, BufferedImage image) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A TIFF with one frame per image. */
    static Path tiff(Path folder, String name, List<BufferedImage> frames) throws IOException {
        Path file = folder.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** Whitespace collapsed: Tesseract's line and paragraph breaks are layout, not text. */
    static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String words(List<String> lines) {
        return words(String.join(" ", lines));
    }

    private static Font font(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, Path.of(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
