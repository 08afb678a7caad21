/** How a report is read (paragraphs, spans, the month, numbers, narrative items) and the archive-import command: private to the archive module. */
package org.kuzet.archive.internal;
