/** The category tree's JSON API, its reader and the shapes it answers with: private to the taxonomy module. */
package org.kuzet.taxonomy.internal;
