package org.kuzet.exchange.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.FieldProblem;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.Origin;
import org.kuzet.security.Viewer;
import org.kuzet.source.Sources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings the events of an ESF file in as draft incidents, all or nothing: every event is read and checked by the
 * incident rules first, and one problem anywhere refuses the whole file, naming the event's record number and the
 * ESF field. An event whose record number is already an incident's external id is there already and is left as it
 * is, so importing a file again records nothing new. A new event enters through {@link IncidentDesk#recordDraft},
 * whose duplicate check marks a draft that may repeat an incident recorded another way; its sources are found by
 * their external ids, or recorded through {@link Sources} when new. Interventions and the money extension are not
 * read: replies, inquiries and cases have their own doors.
 */
@Service
class EsfImport {

    private final IncidentDesk desk;
    private final Incidents incidents;
    private final Sources sources;
    private final JsonMapper json;

    EsfImport(IncidentDesk desk, Incidents incidents, Sources sources, JsonMapper json) {
        this.desk = desk;
        this.incidents = incidents;
        this.sources = sources;
        this.json = json;
    }

    @Transactional
    Esf.ImportResult importFile(Esf.Document document, Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Importing incidents needs a monitor's, editor's or admin's account.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!Esf.FORMAT.equals(document.format())) {
            problems.add(FieldProblem.of("format", "problem.oneOfNot", Esf.FORMAT, String.valueOf(document.format())));
        }
        List<Esf.Event> events = document.events() == null ? List.of() : document.events();
        List<Esf.Imported> present = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Esf.Event event = events.get(i);
            String prefix = "events[" + i + "]";
            String number = event.eventRecordNumber();
            if (number == null || number.isBlank()) {
                problems.add(FieldProblem.of(prefix + ".event_record_number", "problem.required"));
                continue;
            }
            prefix += " (" + number + ")";
            if (!numbers.add(number)) {
                problems.add(FieldProblem.of(prefix + ".event_record_number", "problem.esfRepeatedRecord", number));
                continue;
            }
            Optional<Long> stored = incidents.idByExternalId(number);
            if (stored.isPresent()) {
                present.add(new Esf.Imported(number, stored.get()));
                continue;
            }
            EsfReader reader = new EsfReader(event);
            EsfReader.Read read = reader.read();
            List<FieldProblem> found = new ArrayList<>(reader.problems());
            // a field the reader refused already (an unknown term) is not refused again as missing
            Set<String> refused = new HashSet<>(found.stream().map(FieldProblem::field).toList());
            desk.problemsWith(read.form()).stream().map(reader::inEsfTerms).filter(q -> !refused.contains(q.field()))
                    .forEach(found::add);
            String within = prefix;
            found.stream().map(p -> p.within(within)).forEach(problems::add);
            pending.add(new Pending(number, prefix, read));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Esf.Imported> recorded = new ArrayList<>();
        for (Pending p : pending) {
            IncidentForm form = withSources(p, by);
            Incident incident = desk.recordDraft(form, p.number(), new Origin(by.username(), Origin.Way.API,
                    "esf:" + p.number()));
            recorded.add(new Esf.Imported(p.number(), incident.id()));
        }
        return new Esf.ImportResult(recorded, present);
    }

    private record Pending(String number, String prefix, EsfReader.Read read) {
    }

    /** The form citing its sources by database id: each found by its external id, or recorded now. */
    private IncidentForm withSources(Pending p, Viewer by) {
        List<String> ids = new ArrayList<>();
        List<Esf.Information> information = p.read().sources();
        for (int j = 0; j < information.size(); j++) {
            Esf.Information info = information.get(j);
            int index = j;
            long id = sources.idByExternalId(info.sourceRecordNumber())
                    .orElseGet(() -> record(info, p.prefix() + ".information[" + index + "]", by));
            if (!ids.contains(Long.toString(id))) {
                ids.add(Long.toString(id));
            }
        }
        IncidentForm f = p.read().form();
        return new IncidentForm(f.title(), f.summary(), f.date(), f.place(), f.primaryCategory(), f.categories(),
                f.peopleAffected(), f.verification(), f.independentSources(), f.victims(), f.perpetrators(), ids,
                f.linkedIncidents(), f.confidentialNotes(), f.historical());
    }

    private long record(Esf.Information info, String prefix, Viewer by) {
        ObjectNode fields = json.createObjectNode();
        fields.put("external_id", info.sourceRecordNumber());
        fields.put("kind", info.sourceType() == null ? "other" : info.sourceType());
        putPresent(fields, "title", info.sourceTitle());
        putPresent(fields, "url", info.url());
        putPresent(fields, "outlet_name", info.sourceName());
        putPresent(fields, "published_on", info.dateOfSourceMaterial());
        try {
            return sources.record(fields, by.username());
        } catch (InvalidInput e) {
            // the whole file is refused (the transaction is rolled back), naming the Information record
            throw new InvalidInput(e.problems().stream().map(q -> q.within(prefix)).toList());
        }
    }

    private static void putPresent(ObjectNode fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
