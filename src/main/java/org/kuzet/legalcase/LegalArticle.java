package org.kuzet.legalcase;

/**
 * An article of law a case can rest on, as a person picks it: by its name in their language, not its code.
 *
 * @param law {@code criminal}, {@code administrative} or {@code civil}: the kind of case the article belongs to
 */
public record LegalArticle(String code, String law, String label) {
}
