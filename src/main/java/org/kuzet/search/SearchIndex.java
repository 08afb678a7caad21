package org.kuzet.search;

import org.kuzet.security.Viewer;

/**
 * Full-text search with facets over incidents, legal cases, actors, archived sources and news articles. The one
 * place search is reached through: today a Lucene index per instance ({@code internal.LuceneSearchIndex}); when one
 * machine is no longer enough, OpenSearch comes in as another implementation of this interface, fed by the same
 * outbox of changes (see docs/search.md and docs/deployment.md).
 */
public interface SearchIndex {

    /** Hits, total and facet counts for the request, computed only over what its viewer may see. */
    SearchResults search(SearchRequest request);

    /**
     * The record ids (ascending) of every document of one type that the text finds for the viewer: the same
     * matching as {@link #search} (stems, folded spellings, corrected names; the public only among published
     * documents and their public text, a correspondent also among their own records), without ranking, so a list
     * can show all of them in its own order.
     */
    long[] matchingIds(String docType, String text, Viewer viewer);

    /**
     * For those of the given records of one type that the text finds for the viewer, the passage where it matched
     * (escaped HTML, the matching words in {@code <mark>}), taken only from the text the viewer may read: for a list
     * that shows its own page of records found by {@link #matchingIds}.
     */
    java.util.Map<Long, String> passages(String docType, String text, java.util.Collection<Long> ids, Viewer viewer);

    /** Rebuilds every document from the records. @return the number of documents */
    long reindex();
}
