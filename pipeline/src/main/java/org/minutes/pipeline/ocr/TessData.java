package org.minutes.pipeline.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds Tesseract's {@code tessdata} folder: {@code TESSDATA_PREFIX}, else where Debian and others install it. */
public final class TessData {

    /** Where Debian 12 (Tesseract 5), Debian 11 (Tesseract 4) and most other systems keep the models. */
    static final List<Path> SYSTEM_FOLDERS = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"),
            Path.of("/usr/local/share/tessdata"));

    private TessData() {
    }

    /** The folders tried in order: {@code $TESSDATA_PREFIX} first when set, then {@link #SYSTEM_FOLDERS}. */
    public static List<Path> candidates() {
        List<Path> all = new ArrayList<>();
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            Path p = Path.of(prefix.strip());
            // Tesseract accepts TESSDATA_PREFIX pointing at the folder or at its parent.
            all.add(p);
            all.add(p.resolve("tessdata"));
        }
        all.addAll(SYSTEM_FOLDERS);
        return all;
    }

    /** The first candidate folder that holds {@code swe.traineddata}, or else any that exists; null when none. */
    public static Path locate() {
        return locate("swe");
    }

    static Path locate(String language) {
        Path anyFolder = null;
        for (Path folder : candidates()) {
            if (Files.isRegularFile(folder.resolve(language + ".traineddata"))) {
                return folder;
            }
            if (anyFolder == null && Files.isDirectory(folder)) {
                anyFolder = folder;
            }
        }
        return anyFolder;
    }
}
