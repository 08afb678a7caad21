/** The context event store, its input and record, the writes with their rules, the JSON API and the dataset section: private to the context module. */
package org.kuzet.context.internal;
