package org.minutes.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated case file: working cases first, then a block of known misses after a "# Known misses" line. */
record CaseFile(List<String[]> cases, List<String[]> knownMisses) {

    static CaseFile read(String name) throws IOException {
        try (InputStream in = CaseFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            List<String[]> cases = new ArrayList<>();
            List<String[]> misses = new ArrayList<>();
            boolean inMisses = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# Known misses")) {
                    inMisses = true;
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    (inMisses ? misses : cases).add(line.split("\t", -1));
                }
            }
            return new CaseFile(cases, misses);
        }
    }
}
