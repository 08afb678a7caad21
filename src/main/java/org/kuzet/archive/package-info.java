/**
 * The import of past monthly reports: owns the archive and published-statistics tables and turns a report's narrative
 * into draft incidents.
 */
package org.kuzet.archive;
