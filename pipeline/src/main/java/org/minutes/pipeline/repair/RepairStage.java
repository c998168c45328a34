package org.minutes.pipeline.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.minutes.pipeline.Stage;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.lexicon.WordCounts;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.TextMethod;

/**
 * Repairs the text of pages that OCR or a lossy source damaged, with {@link SwedishRepairer}, keeping the text as
 * obtained beside the repaired one ({@link Page#withRepair}) and every change as an edit.
 *
 * <p>Which pages: every page read by OCR; a page from a plain text file or a PDF text layer only when its own text
 * looks damaged ({@link DamageEstimate#looksDamaged()}), so a born-digital text comes through untouched. Pages
 * already repaired, or without text, are left as they are. The language data is loaded on the first page that
 * needs it, so a run without damaged pages never pays for it. Thread-safe.
 */
public final class RepairStage implements Stage {

    static final String VERSION = "6";

    private final Supplier<SwedishRepairer> repairer;
    private final String version;

    /** A stage over the process's shared repairer. */
    public RepairStage() {
        this(SwedishRepairer::shared, VERSION);
    }

    /** A stage over {@code repairer}, for example one whose lexicon learned from the archive. */
    public RepairStage(SwedishRepairer repairer) {
        this(() -> repairer, VERSION);
    }

    private RepairStage(Supplier<SwedishRepairer> repairer, String version) {
        this.repairer = repairer;
        this.version = version;
    }

    /**
     * A stage whose lexicon includes the words the archive learned from trustworthy documents. Its version names
     * how many words that is, so documents repaired before the archive learned more count as outdated and
     * {@code sync --reprocess-outdated} repairs them again. The language data still loads only when needed.
     */
    public static RepairStage learning(WordCounts archiveWords) {
        if (archiveWords.distinctWords() == 0) {
            return new RepairStage();
        }
        Supplier<SwedishRepairer> lazy = new Supplier<>() {
            private SwedishRepairer made;

            @Override
            public synchronized SwedishRepairer get() {
                if (made == null) {
                    made = new SwedishRepairer(SwedishLexicon.shared().withArchive(archiveWords));
                }
                return made;
            }
        };
        return new RepairStage(lazy, VERSION + "+archive" + archiveWords.distinctWords());
    }

    @Override
    public String name() {
        return "repair";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Document apply(Document document) {
        List<Page> pages = new ArrayList<>(document.pages());
        List<Integer> damaged = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> trustworthy = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (needsRepair(page)) {
                damaged.add(i);
                texts.add(page.text());
            } else if (!page.isEmpty() && page.original() == null && page.method() != TextMethod.OCR) {
                trustworthy.add(page.text());
            }
        }
        if (damaged.isEmpty()) {
            return document;
        }
        // The damaged pages are repaired together: what one page spells unambiguously helps another, and the
        // document's clean pages (a good text layer beside scanned pages) say how it spells its words.
        List<RepairResult> results = repairer.get().repairDocument(texts, trustworthy);
        for (int k = 0; k < damaged.size(); k++) {
            int i = damaged.get(k);
            pages.set(i, pages.get(i).withRepair(results.get(k).text(), results.get(k).edits()));
        }
        return document.withPages(pages);
    }

    /** True when {@code page} should be repaired; see the class comment. */
    static boolean needsRepair(Page page) {
        if (page.isEmpty() || page.original() != null) {
            return false;
        }
        return page.method() == TextMethod.OCR
                || ((page.method() == TextMethod.PLAIN || page.method() == TextMethod.TEXT_LAYER)
                        && DamageEstimate.of(page.text()).looksDamaged());
    }
}
