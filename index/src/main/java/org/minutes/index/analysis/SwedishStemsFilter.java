package org.minutes.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Emits two Swedish stems of each word at the same position: Lucene's light stem and the Snowball stem. Each
 * stemmer misses forms the other joins — the light one {@code budget}/{@code budgeten}, Snowball
 * {@code stödboende}/{@code stödboendet} and {@code protokoll}/{@code protokollet} — so a word matches another
 * when either stemmer says they are one word. Applied at index and query time alike.
 */
final class SwedishStemsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final SwedishLightStemmer light = new SwedishLightStemmer();
    private final SwedishStemmer snowball = new SwedishStemmer();
    private String pending;

    SwedishStemsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        String word = term.toString();
        snowball.setCurrent(word);
        snowball.stem();
        String second = snowball.getCurrent();
        int length = light.stem(term.buffer(), term.length());
        term.setLength(length);
        if (!term.toString().equals(second)) {
            pending = second;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
