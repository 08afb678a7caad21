/** Full-text search with facets: owns the search tables and the Lucene index, fed by the search_change outbox. */
package org.kuzet.search;
