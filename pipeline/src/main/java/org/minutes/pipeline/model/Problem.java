package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that went wrong inside a document without failing all of it: a page that could not be read, OCR that
 * timed out, text that looks damaged.
 *
 * @param stage the stage that noticed it
 * @param page the page it concerns, or null for the whole document
 * @param message what happened, in one line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String stage, Integer page, String message) {
}
