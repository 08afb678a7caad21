/**
 * Triage of news: feeds and uploaded articles read, classified and queued as candidates for monitors: owns the triage
 * tables.
 */
package org.kuzet.triage;
