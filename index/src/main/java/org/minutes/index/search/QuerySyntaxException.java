package org.minutes.index.search;

/** A query the user typed that cannot be parsed; the message says where, in one line. */
public class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
