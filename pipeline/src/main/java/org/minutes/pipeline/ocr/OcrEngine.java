package org.minutes.pipeline.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine (through Tess4J's {@link TessAPI}) that recognises page images: it turns pages scanned
 * sideways or upside down upright (Tesseract's orientation detection), straightens skew, then reads the text with
 * the configured language, cut off after the page time limit.
 *
 * <p>Initialising the model is costly, so an engine is opened once and used for many pages. Not thread-safe:
 * Tesseract's handle is confined to one thread; run one engine per worker. {@link #close()} frees the native memory.
 */
public final class OcrEngine implements AutoCloseable {

    /**
     * What recognition produced for one page.
     *
     * @param text the recognised text, as Tesseract lays it out
     * @param confidence Tesseract's mean word confidence, 0–100; null when no word was found
     * @param rotation degrees the page was turned clockwise to stand upright (0, 90, 180 or 270)
     * @param skew degrees the page was straightened by (0 when it was straight enough)
     */
    public record Recognition(String text, Double confidence, int rotation, double skew) {
    }

    /** A reading below this mean word confidence may be of a page lying sideways or upside down. */
    static final double ORIENTATION_CHECK_CONFIDENCE = 70;
    /** Tesseract's orientation confidence needed before a page is turned; a clear page scores 10–40. */
    static final float MIN_ORIENTATION_CONFIDENCE = 2.0f;

    private final TessAPI api;
    private final OcrOptions options;
    private final Path dataPath;
    private TessBaseAPI handle;
    private TessBaseAPI osd;

    private OcrEngine(TessAPI api, OcrOptions options, Path dataPath) {
        this.api = api;
        this.options = options;
        this.dataPath = dataPath;
    }

    /**
     * Opens an engine: loads the native library and the language model.
     *
     * @throws OcrUnavailableException when Tesseract or the language data is missing; the message says which
     */
    public static OcrEngine open(OcrOptions options) throws OcrUnavailableException {
        Tesseract.Setup setup = Tesseract.check(options);
        OcrEngine engine = new OcrEngine(setup.api(), options, setup.dataPath());
        engine.handle = engine.init(options.language(), TessOcrEngineMode.OEM_LSTM_ONLY, TessPageSegMode.PSM_AUTO);
        if (setup.osd()) {
            // The orientation model is a legacy (non-LSTM) model; without it pages are read as they lie.
            try {
                engine.osd = engine.init("osd", TessOcrEngineMode.OEM_TESSERACT_ONLY, TessPageSegMode.PSM_OSD_ONLY);
            } catch (OcrUnavailableException e) {
                engine.osd = null;
            }
        }
        return engine;
    }

    private TessBaseAPI init(String language, int engineMode, int segmentation) throws OcrUnavailableException {
        TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(h, dataPath.toString(), language, engineMode) != 0) {
            api.TessBaseAPIDelete(h);
            throw new OcrUnavailableException("Tesseract cannot load the '" + language + "' model from " + dataPath);
        }
        api.TessBaseAPISetPageSegMode(h, segmentation);
        // Tesseract writes notes ("Estimating resolution…") to stderr; they are not for our users.
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        return h;
    }

    /**
     * Recognises one page image at {@code dpi} (0 when unknown): deskew, text, and orientation when the text
     * reads badly.
     *
     * <p>Orientation detection costs a tenth of a page's recognition, so it runs only when the upright reading has
     * a mean confidence below {@link #ORIENTATION_CHECK_CONFIDENCE}: then a page found turned is read again the
     * right way up, and the reading with the higher confidence is kept.
     *
     * @throws PageFailure when the page is too small, or recognition ran past the time limit
     */
    public Recognition recognize(BufferedImage image, int dpi) throws PageFailure {
        PageLimits.check(image.getWidth(), image.getHeight(), options.maxPixels());
        int resolution = dpi > 0 ? dpi : OcrOptions.DEFAULT_DPI;
        BufferedImage page = PageHygiene.toGray(image);
        double skew = straighten(page);
        if (skew != 0) {
            page = PageHygiene.rotate(page, -skew);
        }
        Recognition upright = read(page, resolution, 0, skew);
        if (upright.confidence() != null && upright.confidence() >= ORIENTATION_CHECK_CONFIDENCE) {
            return upright;
        }
        int rotation = orientation(page, resolution);
        if (rotation == 0) {
            return upright;
        }
        BufferedImage turned = PageHygiene.rotateQuarterTurns(page, rotation / 90);
        double turnedSkew = straighten(turned);
        if (turnedSkew != 0) {
            turned = PageHygiene.rotate(turned, -turnedSkew);
        }
        Recognition corrected = read(turned, resolution, rotation, skew + turnedSkew);
        double before = upright.confidence() == null ? -1 : upright.confidence();
        double after = corrected.confidence() == null ? -1 : corrected.confidence();
        return after > before ? corrected : upright;
    }

    /** The skew to correct in degrees, or 0 when the page is straight enough for Tesseract's own line finding. */
    private static double straighten(BufferedImage gray) {
        double skew = PageHygiene.skewAngle(gray);
        return Math.abs(skew) >= PageHygiene.MIN_DESKEW_DEGREES ? skew : 0;
    }

    private Recognition read(BufferedImage gray, int resolution, int rotation, double skew) throws PageFailure {
        if (handle == null) {
            // The previous page timed out and its engine was discarded: start a fresh one.
            try {
                handle = init(options.language(), TessOcrEngineMode.OEM_LSTM_ONLY, TessPageSegMode.PSM_AUTO);
            } catch (OcrUnavailableException e) {
                throw new PageFailure(e.getMessage(), e);
            }
        }
        setImage(handle, gray, resolution);
        long start = System.nanoTime();
        ETEXT_DESC monitor = api.TessMonitorCreate();
        int status;
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) options.pageTimeout().toMillis());
            status = api.TessBaseAPIRecognize(handle, monitor);
        } finally {
            api.TessMonitorDelete(monitor);
        }
        if (status != 0) {
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            // A cancelled engine keeps the half-done page; it is not reused, in case that state is inconsistent.
            discardHandle();
            if (elapsedMillis >= options.pageTimeout().toMillis()) {
                throw new PageFailure("OCR timed out after " + options.pageTimeout().toMillis() + " ms");
            }
            throw new PageFailure("Tesseract could not recognise the page");
        }
        String text = utf8(api.TessBaseAPIGetUTF8Text(handle));
        int confidence = api.TessBaseAPIMeanTextConf(handle);
        api.TessBaseAPIClear(handle);
        return new Recognition(text, text.isBlank() ? null : (double) confidence, rotation, skew);
    }

    /** Degrees to turn the page clockwise so it stands upright; 0 when unsure or when OSD is not installed. */
    private int orientation(BufferedImage gray, int resolution) {
        if (osd == null) {
            return 0;
        }
        setImage(osd, gray, resolution);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
        PointerByReference script = new PointerByReference();
        int found = api.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, script, scriptConfidence);
        api.TessBaseAPIClear(osd);
        if (found == 0 || confidence.get(0) < MIN_ORIENTATION_CONFIDENCE) {
            return 0;
        }
        // Tesseract reports how far the page is turned clockwise; turning it back is the rest of a full turn.
        return (360 - degrees.get(0)) % 360;
    }

    private void setImage(TessBaseAPI h, BufferedImage gray, int resolution) {
        int width = gray.getWidth();
        int height = gray.getHeight();
        ByteBuffer pixels = ByteBuffer.allocateDirect(width * height);
        pixels.put(PageHygiene.grayBytes(gray));
        pixels.flip();
        api.TessBaseAPISetImage(h, pixels, width, height, 1, width);
        api.TessBaseAPISetSourceResolution(h, resolution);
    }

    private String utf8(Pointer pointer) {
        if (pointer == null) {
            return "";
        }
        try {
            return pointer.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            api.TessDeleteText(pointer);
        }
    }

    private void discardHandle() {
        if (handle != null) {
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
            handle = null;
        }
    }

    @Override
    public void close() {
        discardHandle();
        if (osd != null) {
            api.TessBaseAPIEnd(osd);
            api.TessBaseAPIDelete(osd);
            osd = null;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OcrEngine[%s, %s]", options.language(), dataPath);
    }
}
