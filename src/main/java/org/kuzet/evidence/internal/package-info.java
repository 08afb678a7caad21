/** The upload endpoint, the content sniffing and the store's wiring: private to the evidence module. */
package org.kuzet.evidence.internal;
