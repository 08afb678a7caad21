/** The actor store, its input, the JSON API, the suggestions page and the dataset section: private to the actor module. */
package org.kuzet.actor.internal;
