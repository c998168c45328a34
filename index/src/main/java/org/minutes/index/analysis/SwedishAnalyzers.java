package org.minutes.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.minutes.index.Fields;

/**
 * The analyzers of the page text fields. No stop words: {@code för} and {@code på} are words people search for in
 * phrases, and BM25 already weighs common words down.
 *
 * <ul>
 *   <li>{@link #exact()}: lower-cased words, so the form typed ranks first;</li>
 *   <li>{@link #stemmed()}: Swedish stemming ({@link SwedishStemsFilter}: the light and the Snowball stem), so
 *       {@code förvaltningen} finds {@code förvaltning}, {@code stödboende} finds {@code stödboendet} and
 *       {@code budget} finds {@code budgeten};</li>
 *   <li>{@link #folded()}: diacritics folded before stemming, so {@code forvaltning} finds {@code förvaltning}.
 *       Folding lives only in this extra field, so {@code får} and {@code far} stay apart in the others.</li>
 * </ul>
 */
public final class SwedishAnalyzers {

    private SwedishAnalyzers() {
    }

    public static Analyzer exact() {
        return new Chain(false, false);
    }

    public static Analyzer stemmed() {
        return new Chain(false, true);
    }

    public static Analyzer folded() {
        return new Chain(true, true);
    }

    /** One analyzer for a whole Lucene document: each text field with its own chain; names lower-cased only. */
    public static Analyzer perField() {
        Analyzer exact = exact();
        return new PerFieldAnalyzerWrapper(stemmed(), Map.of(
                Fields.TEXT_EXACT, exact,
                Fields.TEXT, stemmed(),
                Fields.TEXT_FOLDED, folded(),
                Fields.PERSON, exact,
                Fields.ORG, exact,
                Fields.BODY, exact));
    }

    private static final class Chain extends Analyzer {
        private final boolean fold;
        private final boolean stem;

        Chain(boolean fold, boolean stem) {
            this.fold = fold;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            if (fold) {
                stream = new ASCIIFoldingFilter(stream);
            }
            if (stem) {
                stream = new SwedishStemsFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            TokenStream stream = new LowerCaseFilter(in);
            return fold ? new ASCIIFoldingFilter(stream) : stream;
        }
    }
}
