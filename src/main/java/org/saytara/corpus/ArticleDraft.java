package org.saytara.corpus;

import java.time.LocalDate;

/**
 * An article as a client posts it, before it has an id or a place in the corpus. Only
 * {@code text} is required.
 */
public record ArticleDraft(String title, String outlet, String url, LocalDate published, String text) {}
