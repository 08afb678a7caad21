/** The statement store, its input and record, the JSON API and the dataset section: private to the statement module. */
package org.kuzet.statement.internal;
