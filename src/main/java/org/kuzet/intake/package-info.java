/**
 * What correspondents send from their phones, through Kuzet's offline page or an OpenRosa client (ODK Collect, Tella):
 * each submission becomes one candidate of the triage queue, with what the phone said of it (time, place, device) and
 * its files with their SHA-256 kept beside it. Owns the {@code intake_} tables. A correspondent sees only their own
 * submissions; monitors and up see every one. API: {@link org.kuzet.intake.Submissions}.
 */
package org.kuzet.intake;
