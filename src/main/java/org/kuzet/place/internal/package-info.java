/** The gazetteer's JSON API and its reader: private to the place module. */
package org.kuzet.place.internal;
