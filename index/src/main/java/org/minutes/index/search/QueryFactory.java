package org.minutes.index.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.minutes.index.Fields;
import org.minutes.index.analysis.SwedishAnalyzers;

/**
 * Turns what the user typed into a Lucene query over the three text fields: the exact form ranks above a stemmed
 * match, which ranks above a match only with diacritics folded away. All words must match (like grep), unless the
 * query says OR.
 *
 * <p>Thread-safe: parsers are created per call (Lucene's parser is not thread-safe).
 */
public final class QueryFactory {

    static final float EXACT_BOOST = 4f;
    static final float STEMMED_BOOST = 2f;
    static final float FOLDED_BOOST = 1f;

    private final Analyzer exact = SwedishAnalyzers.exact();
    private final Analyzer stemmed = SwedishAnalyzers.stemmed();
    private final Analyzer folded = SwedishAnalyzers.folded();

    public Query parse(String userQuery) throws QuerySyntaxException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new BoostQuery(parse(userQuery, Fields.TEXT_EXACT, exact), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(parse(userQuery, Fields.TEXT, stemmed), STEMMED_BOOST), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(parse(userQuery, Fields.TEXT_FOLDED, folded), FOLDED_BOOST), BooleanClause.Occur.SHOULD);
        return query.build();
    }

    private static Query parse(String userQuery, String field, Analyzer analyzer) throws QuerySyntaxException {
        QueryParser parser = new QueryParser(field, analyzer);
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

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.replaceFirst("^Cannot parse '.*?': ", "");
    }
}
