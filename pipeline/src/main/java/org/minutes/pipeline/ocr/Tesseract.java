package org.minutes.pipeline.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sourceforge.tess4j.TessAPI;

/**
 * Checks once per configuration that Tesseract can run: the native library loads and the language data is there.
 * Also keeps Tesseract's OpenMP threads to one, which must happen before the native library loads. Thread-safe.
 */
final class Tesseract {

    /**
     * What a check found.
     *
     * @param api the loaded library
     * @param dataPath the tessdata folder holding the language
     * @param osd whether the orientation model is installed
     */
    record Setup(TessAPI api, Path dataPath, boolean osd) {
    }

    private static final Map<String, Object> CHECKED = new HashMap<>();
    private static String threadWarning;

    private Tesseract() {
    }

    /**
     * The setup for {@code options}, checked on first use and remembered.
     *
     * @throws OcrUnavailableException naming what is missing and the packages that provide it
     */
    static synchronized Setup check(OcrOptions options) throws OcrUnavailableException {
        String key = options.language() + "@" + options.dataPath();
        Object known = CHECKED.get(key);
        if (known == null) {
            try {
                known = setUp(options);
            } catch (OcrUnavailableException e) {
                known = e;
            }
            CHECKED.put(key, known);
        }
        if (known instanceof OcrUnavailableException e) {
            throw e;
        }
        return (Setup) known;
    }

    /** A warning when Tesseract's OpenMP threads could not be limited to one, else null. */
    static synchronized String threadWarning() {
        return threadWarning;
    }

    private static Setup setUp(OcrOptions options) throws OcrUnavailableException {
        Path dataPath = options.dataPath() != null ? options.dataPath() : TessData.locate(options.language().split("\\+")[0]);
        String install = "; install with: apt-get install " + OcrUnavailableException.DEBIAN_PACKAGES;
        if (dataPath == null || !Files.isDirectory(dataPath)) {
            throw new OcrUnavailableException("no Tesseract data folder found (tried $TESSDATA_PREFIX and "
                    + TessData.SYSTEM_FOLDERS.get(0) + " …)" + install);
        }
        for (String language : options.language().split("\\+")) {
            if (!Files.isRegularFile(dataPath.resolve(language + ".traineddata"))) {
                throw new OcrUnavailableException("Tesseract language data '" + language + "' not found in " + dataPath + install);
            }
        }
        limitOpenMpThreads();
        TessAPI api;
        try {
            api = TessAPI.INSTANCE;
        } catch (LinkageError e) {
            throw new OcrUnavailableException("cannot load the Tesseract library (libtesseract.so): "
                    + OcrStage.describe(e) + install, e);
        }
        return new Setup(api, dataPath, Files.isRegularFile(dataPath.resolve("osd.traineddata")));
    }

    /** The C library's setenv, to change the environment the native libraries read. */
    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * Tesseract's OpenMP threads oversubscribe the cores when pages run in parallel (one page took 20 s instead of
     * 2.4 s). OpenMP reads {@code OMP_THREAD_LIMIT} once, when it loads with libtesseract; when the launcher did
     * not set it, set it in the process environment before that happens.
     */
    private static void limitOpenMpThreads() {
        String value = System.getenv("OMP_THREAD_LIMIT");
        if ("1".equals(value)) {
            return;
        }
        if (value != null) {
            threadWarning = "OMP_THREAD_LIMIT is " + value + ", not 1: parallel OCR oversubscribes the cores and runs slower";
            return;
        }
        try {
            LibC libc = Native.load("c", LibC.class);
            if (libc.setenv("OMP_THREAD_LIMIT", "1", 0) == 0) {
                return;
            }
        } catch (LinkageError | RuntimeException e) {
            // Fall through to the warning: OCR still works, only slower.
        }
        threadWarning = "OMP_THREAD_LIMIT is not set to 1 and could not be set: OCR runs several times slower (the ./minutes launcher sets it)";
    }
}
