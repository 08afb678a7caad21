/** The Lucene index behind SearchIndex, its documents, queries, facets and highlighting, the search page and the reindex command: private to the search module. */
package org.kuzet.search.internal;
