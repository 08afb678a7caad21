package org.kuzet.search;

/**
 * Full-text search with facets over incidents, actors and archived sources (legal cases and news articles join as
 * more document types). The one place search is reached through: when one PostgreSQL is no longer enough, another
 * engine comes in as another implementation of this interface, fed by the same changes (see docs/search.md).
 */
public interface SearchIndex {

    /** Hits, total and facet counts for the request, computed only over what its audience may see. */
    SearchResults search(SearchRequest request);

    /** Rebuilds every document from the records. @return the number of documents */
    long reindex();
}
