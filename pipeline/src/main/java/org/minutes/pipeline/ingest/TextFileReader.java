package org.minutes.pipeline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

/**
 * Reads plain text files, typically OCR output from old archives, in whatever encoding they were saved.
 *
 * <p>Valid UTF-8 is taken as UTF-8; anything else goes to ICU's charset detector. A form feed starts a new page.
 */
final class TextFileReader implements DocumentReader {

    /** Larger text files are refused: no minutes are this long, and reading them would take the heap. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals("text/plain");
    }

    @Override
    public ReadResult read(Path file, String mediaType) throws IOException, PipelineException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new PipelineException("text file too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (looksBinary(bytes)) {
            throw new PipelineException("not a text file: it holds binary data");
        }
        String text = decode(bytes);
        List<Page> pages = new ArrayList<>();
        String[] parts = text.split("\f", -1);
        for (String part : parts) {
            pages.add(Page.of(pages.size() + 1, part, TextMethod.PLAIN, "plain text file"));
        }
        // A trailing form feed ends the last page rather than starting an empty one.
        if (pages.size() > 1 && pages.get(pages.size() - 1).text().isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return new ReadResult(SourceKind.TEXT, null, pages, List.of());
    }

    /** Decodes bytes of unknown encoding; see the class comment for the order of guesses. */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, guessLegacyCharset(bytes));
        }
    }

    private static Charset guessLegacyCharset(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        String name = match == null ? "windows-1252" : match.getName();
        // ISO-8859-1 and Windows-1252 differ only in 0x80–0x9F, which are control codes in ISO-8859-1 but quotes
        // and dashes in Windows-1252; real text never holds those controls, so such bytes mean Windows-1252.
        if (name.equals("ISO-8859-1") && hasC1Bytes(bytes)) {
            name = "windows-1252";
        }
        return Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("windows-1252");
    }

    private static boolean hasC1Bytes(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v >= 0x80 && v <= 0x9f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bytes with NULs or more than a few control codes are binary data, whatever their name says. (UTF-16 text,
     * the one text form full of NULs, starts with a byte order mark and is let through.)
     */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        if (sample >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls * 50 > sample;
    }
}
