/** The report module's private part: not for other modules. */
package org.kuzet.report.internal;
