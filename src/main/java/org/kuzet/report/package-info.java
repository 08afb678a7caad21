/** Monthly and other period reports in three languages: owns the report tables, counts and published versions. */
package org.kuzet.report;
