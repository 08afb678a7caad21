package org.kuzet.dataset;

import java.util.UUID;

/**
 * Small dataset files built from facts of the seeds (March 2024 report, OSCE testimonies), each with external ids
 * of its own so that tests sharing one database do not see each other's records.
 */
final class DatasetFixtures {

    final String prefix = "incident/test-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    String id(String name) {
        return prefix + name;
    }

    /** Four incidents in every workflow state; the first links to the second, which comes later in the file. */
    String fourIncidents(String ordaTitle) {
        return """
                {"format": "kuzet-dataset/1",
                 "incidents": [
                  {"external_id": "%1$sorda-threats", "title": "%2$s",
                   "summary": "The editor-in-chief of Orda.kz received threats.", "date": "2025-10",
                   "place": "kz-almaty", "primary_category": "threats", "categories": ["discrediting"],
                   "people_affected": 1, "verification": "confirmed", "independent_sources": 2, "state": "published",
                   "victims": [{"name": "Gulnara Bazhkenova", "kind": "journalist", "role": "editor-in-chief",
                                "gender": "female", "contact": "through the newsroom"}],
                   "perpetrators": [{"name": "Unknown", "type": "unknown"}],
                   "sources": [], "linked_incidents": ["%1$sorda-ddos"], "confidential_notes": "Spoke to her lawyer."},
                  {"external_id": "%1$sorda-ddos", "title": "Cyberattacks on the Orda.kz site", "date": "2025-09-14",
                   "place": "kz-almaty", "primary_category": "unauthorized_access_ddos", "state": "in_review",
                   "victims": [{"name": "Orda.kz", "kind": "media_outlet", "gender": null}]},
                  {"external_id": "%1$slawyers", "title": "Threats against 33 lawyers, 14 of them women",
                   "date": "2025", "primary_category": "threats", "people_affected": 33, "state": "draft",
                   "victims": [{"name": "33 lawyers", "kind": "lawyer"}]},
                  {"external_id": "%1$stobolinfo", "title": "Judge removed a TobolInfo journalist from a hearing",
                   "date": "2024-03", "place": "kz-kostanay", "primary_category": "judicial_transparency_violation",
                   "state": "rejected", "perpetrators": [{"name": "Judge of a Kostanay court", "type": "court"}]}
                 ]}
                """.formatted(prefix, ordaTitle);
    }

    String fourIncidents() {
        return fourIncidents("Threats against the editor of Orda.kz");
    }

    /** Five records of which the second and the fourth are wrong. */
    String twoBadRecords() {
        return """
                {"format": "kuzet-dataset/1",
                 "incidents": [
                  {"external_id": "%1$sok-1", "title": "Fine", "date": "2024-03", "primary_category": "threats"},
                  {"external_id": "%1$sbad-place", "title": "Somewhere", "date": "2024-03", "place": "kz-nowhere",
                   "primary_category": "threats"},
                  {"external_id": "%1$sok-2", "title": "Fine too", "date": "2024-03-02", "primary_category": "blocking"},
                  {"external_id": "%1$sbad-category", "title": "Other", "date": "2023-02-29",
                   "primary_category": "censorship"},
                  {"external_id": "%1$sok-3", "title": "Fine three", "date": "2024", "primary_category": "attacks"}
                 ]}
                """.formatted(prefix);
    }
}
