package org.kuzet.evidence.internal;

/** The kinds of file Kuzet keeps as evidence; anything else is refused at upload. */
public enum ContentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    TEXT("text/plain; charset=utf-8"),
    HTML("text/html; charset=utf-8");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
