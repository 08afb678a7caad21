package org.kuzet.search.internal;

import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;

/**
 * What a viewer may read in the index, as Lucene filters. A document's public text is for everyone once the
 * document is public; a document that is not public, and the staff text of any document, are at {@link #LEVEL}
 * (taken from the Visibility table): monitors up read all of it, a correspondent only that of the records they
 * wrote (the document's author), the public none. Documents without an author (actors, legal cases, news articles)
 * are therefore beyond their public part for monitors up only.
 */
final class SearchAudience {

    /**
     * The level of what is not public in a search document: the strictest of the fields its staff text is made of
     * (search_*_content views, R__search_documents.sql) and of a record while it is not public.
     */
    static final Visibility.Level LEVEL = Stream.of(Visibility.ofRecord("incident"),
                    Visibility.of("incident", "confidential_notes"), Visibility.of("incident", "rejection_reason"),
                    Visibility.of("victim", "contact"), Visibility.ofRecord("source"),
                    Visibility.of("source", "correspondent"))
            .max(Enum::compareTo).orElseThrow();

    private static final Query PUBLIC_DOCUMENTS = new TermQuery(new Term(LuceneDocuments.VISIBLE, LuceneDocuments.PUBLIC));

    private final Viewer viewer;
    /** Null: every document's staff text; else the documents whose staff text may match (none: no such term). */
    private final Query ownDocuments;
    private final boolean everything;

    private SearchAudience(Viewer viewer) {
        this.viewer = viewer;
        this.everything = viewer.sees(LEVEL, null);
        this.ownDocuments = everything || !viewer.isSignedIn() || !viewer.sees(LEVEL, viewer.username()) ? null
                : new TermQuery(new Term(LuceneDocuments.AUTHOR, viewer.username()));
    }

    static SearchAudience of(Viewer viewer) {
        return new SearchAudience(viewer);
    }

    /** The documents the viewer may find: null for all of them. */
    Query documents() {
        if (everything) {
            return null;
        }
        if (ownDocuments == null) {
            return PUBLIC_DOCUMENTS;
        }
        return new BooleanQuery.Builder().add(PUBLIC_DOCUMENTS, Occur.SHOULD).add(ownDocuments, Occur.SHOULD).build();
    }

    /** A match in staff text, kept to the documents whose staff text the viewer reads; null when none. */
    Query inStaffText(Query match) {
        if (match == null || everything) {
            return match;
        }
        if (ownDocuments == null) {
            return null;
        }
        return new BooleanQuery.Builder().add(match, Occur.MUST).add(ownDocuments, Occur.FILTER).build();
    }

    /** Whether the viewer reads the staff text of a document written by {@code author} (null for none). */
    boolean readsStaffText(String author) {
        return viewer.sees(LEVEL, author);
    }
}
