package org.saytara.corpus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The texts a corpus holds now, as {@link ArticleWriter} asks about them before writing a posted
 * one: a text already held as the same report (the same publication date, or one of the two
 * undated) under another name is a duplicate, as a copied file is.
 */
@FunctionalInterface
public interface HeldTexts {
    /**
     * The id of an article holding this normalised text as the same report, if any.
     *
     * @param published the publication date of the text asked about, or null
     */
    Optional<String> heldAs(String normalisedText, LocalDate published);
}
