package org.minutes.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.minutes.index.Fields;
import org.minutes.index.analysis.SwedishAnalyzers;
import org.minutes.pipeline.model.PartialDate;

/**
 * Turns what the user typed into a Lucene query over a page: the exact form ranks above a stemmed match, which
 * ranks above a match only with diacritics folded away. All words must match (like grep), unless the query says
 * OR. Friendly fields: {@code person:}, {@code org:}, {@code body:} match names in the document, {@code date:}
 * matches the meeting date ({@code date:2020}, {@code date:2020-11}, {@code date:[2019 TO 2020-06]}).
 *
 * <p>With fuzzy matching, each word of the folded query also matches words within one or two edits (OCR
 * misreadings such as {@code 6ver} for {@code över} that repair could not undo). Thread-safe: parsers are created
 * per call (Lucene's parser is not thread-safe).
 */
public final class QueryFactory {

    static final float EXACT_BOOST = 4f;
    static final float STEMMED_BOOST = 2f;
    static final float FOLDED_BOOST = 1f;

    private final Analyzer exact = SwedishAnalyzers.exact();
    private final Analyzer stemmed = SwedishAnalyzers.stemmed();
    private final Analyzer folded = SwedishAnalyzers.folded();

    /** The page-level query for {@code userQuery}. */
    public Query parse(String userQuery, boolean fuzzy) throws QuerySyntaxException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new BoostQuery(parse(userQuery, Fields.TEXT_EXACT, exact, false), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(parse(userQuery, Fields.TEXT, stemmed, false), STEMMED_BOOST), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(parse(userQuery, Fields.TEXT_FOLDED, folded, fuzzy), FOLDED_BOOST), BooleanClause.Occur.SHOULD);
        return query.build();
    }

    /** A query matching documents that name {@code name} in {@code field} (person, org or body), as a phrase. */
    public Query nameQuery(String field, String name) {
        Query q = new QueryBuilder(exact).createPhraseQuery(field, name);
        return q != null ? q : new TermQuery(new Term(field, name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Documents whose meeting date overlaps {@code from}..{@code to} (either may be null). */
    public static Query dateRange(PartialDate from, PartialDate to) {
        int lowest = from == null ? Integer.MIN_VALUE : (int) from.firstDay().toEpochDay();
        int highest = to == null ? Integer.MAX_VALUE : (int) to.lastDay().toEpochDay();
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(Fields.DATE_LAST_DAY, lowest, Integer.MAX_VALUE), BooleanClause.Occur.FILTER)
                .add(IntPoint.newRangeQuery(Fields.DATE_FIRST_DAY, Integer.MIN_VALUE, highest), BooleanClause.Occur.FILTER)
                .build();
    }

    private Query parse(String userQuery, String field, Analyzer analyzer, boolean fuzzy) throws QuerySyntaxException {
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzer, Map.of(Fields.PERSON, exact, Fields.ORG, exact, Fields.BODY, exact));
        QueryParser parser = new FriendlyParser(field, perField, fuzzy);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(true);
        try {
            return parser.parse(userQuery);
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot parse the query: " + firstLine(e.getMessage()), e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot parse the query: " + e.getMessage(), e);
        }
    }

    /** The classic parser with the friendly fields and, on request, fuzzy words. */
    private static final class FriendlyParser extends QueryParser {
        private final String textField;
        private final boolean fuzzy;

        FriendlyParser(String field, Analyzer analyzer, boolean fuzzy) {
            super(field, analyzer);
            this.textField = field;
            this.fuzzy = fuzzy;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (field.equals("date")) {
                PartialDate date = parseDate(queryText);
                return dateRange(date, date);
            }
            if (fuzzy && quoted && field.equals(textField)) {
                return fuzzyPhrase(field, queryText);
            }
            if (quoted && field.equals(Fields.TEXT)) {
                // A phrase is matched on the exact and the folded field only: the folded field is stemmed too, so
                // inflected phrases still match, and a third phrase evaluation over every page costs more than the
                // ranking nuance it adds (measured on 100,000 pages).
                return null;
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        /** A phrase whose words may each be misread: adjacent spans of fuzzy words. */
        private Query fuzzyPhrase(String field, String text) {
            List<SpanQuery> words = new ArrayList<>();
            try (TokenStream tokens = getAnalyzer().tokenStream(field, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    if (increment.getPositionIncrement() == 0) {
                        continue; // a second stem of the same word
                    }
                    Term t = new Term(field, term.toString());
                    int edits = editsFor(t.text());
                    words.add(edits == 0 ? new SpanTermQuery(t) : new SpanMultiTermQueryWrapper<>(new FuzzyQuery(t, edits, 0, 50, true)));
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (words.size() == 1) {
                return words.get(0);
            }
            return words.isEmpty() ? new BooleanQuery.Builder().build() : new SpanNearQuery(words.toArray(SpanQuery[]::new), 0, true);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            if (field.equals("date")) {
                return dateRange(part1 == null || part1.equals("*") ? null : parseDate(part1),
                        part2 == null || part2.equals("*") ? null : parseDate(part2));
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query exact = super.newTermQuery(term, boost);
            int edits = editsFor(term.text());
            if (!fuzzy || !term.field().equals(textField) || edits == 0) {
                return exact;
            }
            return new BooleanQuery.Builder()
                    .add(new BoostQuery(exact, 2f), BooleanClause.Occur.SHOULD)
                    .add(new FuzzyQuery(term, edits, 0, 50, true), BooleanClause.Occur.SHOULD)
                    .build();
        }

        private static PartialDate parseDate(String text) throws ParseException {
            try {
                PartialDate date = PartialDate.parse(text);
                if (date.year() == null) {
                    throw new ParseException("date: needs a year, got '" + text + "'");
                }
                return date;
            } catch (IllegalArgumentException e) {
                throw new ParseException(e.getMessage());
            }
        }
    }

    /** Edits allowed in fuzzy matching: none for short words (they would match everything), then one, then two. */
    static int editsFor(String word) {
        int n = word.codePointCount(0, word.length());
        return n <= 3 ? 0 : n <= 6 ? 1 : 2;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.replaceFirst("^Cannot parse '.*?': ", "");
    }
}
