package org.minutes.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalOcrCommandTest {

    private static final String TEXT = "Årsmötet hölls i Göteborg.";

    @TempDir
    Path dir;

    @Test
    void measuresAPageImageAgainstItsTrueText() throws Exception {
        Path image = dir.resolve("page.png");
        ImageIO.write(page(TEXT), "png", image.toFile());
        Path truth = Files.writeString(dir.resolve("truth.txt"), TEXT + "\n");
        StringWriter out = new StringWriter();

        int exit = new CommandLine(new EvalOcrCommand()).setOut(new PrintWriter(out))
                .execute("--truth", truth.toString(), "--workers", "1", image.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines().findFirst()).contains(image + ": CER 0.00% (0 edits / 26 chars), å/ä/ö 100.00% correct (4/4)");
    }

    private static BufferedImage page(String line) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").toFile())
                .deriveFont(46f);
        BufferedImage image = new BufferedImage(1400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.drawString(line, 100, 150);
        g.dispose();
        return image;
    }
}
