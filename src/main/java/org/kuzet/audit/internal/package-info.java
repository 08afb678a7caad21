/** The audit pages and routes, the verify command and the listener that records every change: private to the audit module. */
package org.kuzet.audit.internal;
