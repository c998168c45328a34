package org.minutes.pipeline.ocr;

/** One page could not be recognised: refused, unreadable, or cut off. The message is one line for the user. */
public class PageFailure extends Exception {
    public PageFailure(String message) {
        super(message);
    }

    public PageFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
