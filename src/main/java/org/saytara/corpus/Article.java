package org.saytara.corpus;

import java.time.LocalDate;

/**
 * One news article as it entered the corpus. Everything but {@code id} and {@code text} may be
 * null: real crawls often lack an outlet or a publication date.
 *
 * @param origin where it was read from (a file name, or {@code file.jsonl:12}), for messages
 */
public record Article(String id, String title, String outlet, String url, LocalDate published,
                      String language, String text, String origin) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is empty");
        if (text == null) throw new IllegalArgumentException("article " + id + " has no text");
    }
}
