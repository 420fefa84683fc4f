package org.saytara.corpus;

/** The corpus already holds an article with this id, that is, the same text and date. */
public final class DuplicateArticleException extends RuntimeException {
    private final String id;

    public DuplicateArticleException(String id) {
        super("article " + id + " is already in the corpus");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
