/** The inquiry store, deadlines, the clock's sweep, the JSON API, the public pages and the dataset section. */
package org.kuzet.inquiry.internal;
