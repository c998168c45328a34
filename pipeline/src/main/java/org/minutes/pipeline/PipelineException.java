package org.minutes.pipeline;

/**
 * A file that cannot be turned into a document at all: unreadable, encrypted, of an unsupported type, empty.
 * The message is one line meant for the user and does not repeat the file name.
 */
public class PipelineException extends Exception {
    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
