/** The category tree of violations and its cue words: owns the category and taxonomy tables; others use Categories. */
package org.kuzet.taxonomy;
