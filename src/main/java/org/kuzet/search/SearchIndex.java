package org.kuzet.search;

/**
 * Full-text search with facets over incidents, legal cases, actors, archived sources and news articles. The one
 * place search is reached through: today a Lucene index per instance ({@link LuceneSearchIndex}); when one machine
 * is no longer enough, OpenSearch comes in as another implementation of this interface, fed by the same outbox of
 * changes (see docs/search.md and docs/deployment.md).
 */
public interface SearchIndex {

    /** Hits, total and facet counts for the request, computed only over what its audience may see. */
    SearchResults search(SearchRequest request);

    /** Rebuilds every document from the records. @return the number of documents */
    long reindex();
}
