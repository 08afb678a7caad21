/** Incidents, the heart of monitoring: owns the incident tables, their review workflow, revisions and pages. */
package org.kuzet.incident;
