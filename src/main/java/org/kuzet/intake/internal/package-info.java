/** The intake's storage, its OpenRosa endpoint, its phone pages and its route rules. */
package org.kuzet.intake.internal;
