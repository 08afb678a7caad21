/**
 * Triage of news: feeds and uploaded articles read, classified and queued as candidates for monitors: owns the triage
 * tables. API: {@link org.kuzet.triage.Intake} (articles in), {@link org.kuzet.triage.CandidateQueue} (the monitors'
 * queue and decisions), {@link org.kuzet.triage.Articles}, {@link org.kuzet.triage.FeedPoller} and the records they
 * return; the model, the reading of articles, the commands and the wiring sit in {@code triage.internal}.
 */
package org.kuzet.triage;
