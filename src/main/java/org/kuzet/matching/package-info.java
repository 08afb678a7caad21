/**
 * Reading text for places, categories, dates and amounts, over the gazetteer and the cue book; internal holds its
 * private parts.
 */
package org.kuzet.matching;
