package org.minutes.pipeline.ocr;

/**
 * How good a page's text looks as Swedish, from {@link TextLayerScorer}.
 *
 * @param words the number of words (runs of letters)
 * @param score share of words that are known Swedish forms, less stripped stop words and garbled words: 0 to 1
 * @param swedish true when the text reads as Swedish (enough of its words are the commonest Swedish words)
 * @param strippedShare of the stop words that should carry å/ä/ö, the share written without them ({@code for},
 *     {@code pa}, {@code ar}); 0 when there are none
 * @param garbled words with digits or symbols inside letters ({@code 6ver}, {@code |6sningar}, {@code &r})
 * @param poor true when the text looks like OCR made without a Swedish model, or like garbage
 * @param reason why it is poor or good, in words
 */
public record TextQuality(int words, double score, boolean swedish, double strippedShare, int garbled, boolean poor,
                          String reason) {
}
