/** The stores, the mailer, the digests and the pages of notifications. */
package org.kuzet.notification.internal;
