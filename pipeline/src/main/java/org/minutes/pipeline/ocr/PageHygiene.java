package org.minutes.pipeline.ocr;

import com.recognition.software.jdeskew.ImageDeskew;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Image clean-up before OCR: gray conversion, quarter turns, skew measurement and correction. Pure functions on
 * images; the input is never changed. Thread-safe.
 */
final class PageHygiene {

    /**
     * Smaller skew is left alone: Tesseract's line finding copes with it, every rotation blurs the letters a
     * little, and rotating a 300 dpi page costs a tenth of a second.
     */
    static final double MIN_DESKEW_DEGREES = 1.0;
    /** Larger measured skew is more likely a misreading (a table, a photo) than a crooked page. */
    static final double MAX_DESKEW_DEGREES = 15;
    /** Skew is measured on a copy about this wide: the angle needs lines, not letters, and it is 10× faster. */
    static final int SKEW_SAMPLE_WIDTH = 1000;

    private PageHygiene() {
    }

    /** The image as 8-bit gray; the same instance when it already is. */
    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE); // transparent areas of a PNG become paper, not ink
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    /** The pixels of a gray image, row after row, one byte each. */
    static byte[] grayBytes(BufferedImage gray) {
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int width = gray.getWidth();
        int height = gray.getHeight();
        if (data.length == width * height && gray.getRaster().getParent() == null) {
            return data;
        }
        byte[] copy = new byte[width * height];
        gray.getRaster().getDataElements(0, 0, width, height, copy);
        return copy;
    }

    /** The image turned clockwise by {@code quarters} quarter turns. */
    static BufferedImage rotateQuarterTurns(BufferedImage gray, int quarters) {
        int q = Math.floorMod(quarters, 4);
        if (q == 0) {
            return gray;
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean swap = q % 2 == 1;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform turn = new AffineTransform();
        turn.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        turn.quadrantRotate(q);
        turn.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = out.createGraphics();
        g.drawImage(gray, turn, null);
        g.dispose();
        return out;
    }

    /**
     * The skew of the text lines in degrees as {@link ImageDeskew} measures it (rotating by its negative
     * straightens the page), or 0 when it is implausibly large.
     */
    static double skewAngle(BufferedImage gray) {
        BufferedImage sample = gray;
        if (gray.getWidth() > 2 * SKEW_SAMPLE_WIDTH) {
            int height = (int) Math.round(gray.getHeight() * (SKEW_SAMPLE_WIDTH / (double) gray.getWidth()));
            sample = new BufferedImage(SKEW_SAMPLE_WIDTH, Math.max(height, 1), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = sample.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(gray, 0, 0, sample.getWidth(), sample.getHeight(), null);
            g.dispose();
        }
        double angle = new ImageDeskew(sample).getSkewAngle();
        return Double.isFinite(angle) && Math.abs(angle) <= MAX_DESKEW_DEGREES ? angle : 0;
    }

    /** The image rotated by {@code degrees} clockwise about its centre, same size, corners filled with white. */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return out;
    }
}
