package org.minutes.pipeline.ocr;

/** Which pages the OCR stage recognises. */
public enum OcrPolicy {
    /** Pages without text, and pages whose text layer looks like OCR made without Swedish (the better text is kept). */
    AUTO,
    /** Every page of a PDF or image file, replacing any text layer. */
    ALWAYS,
    /** No page: pages without text keep waiting for OCR. */
    NEVER
}
