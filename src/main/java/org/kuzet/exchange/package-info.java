/**
 * Exchange formats for partners: HURIDOCS Events Standard Formats (export and import of incidents), the SDG 16.10.1
 * case list, and draft alerts for networks (IFEX members' structure, the Council of Europe platform's categories).
 * Owns no table: it reads incidents, sources, official replies, inquiries and legal cases through their owners, and
 * brings incidents in through {@code IncidentDesk}'s door with its duplicate check. Confidential fields (hidden
 * sources, correspondents' reports, victims' contacts, confidential notes) are never written, in any format.
 */
package org.kuzet.exchange;
