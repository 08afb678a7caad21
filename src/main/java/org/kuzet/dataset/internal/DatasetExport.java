package org.kuzet.dataset.internal;

import org.kuzet.dataset.DatasetSection;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes the whole dataset in the import format, every section in import order, from one consistent snapshot. */
@Component
public class DatasetExport {

    private final List<DatasetSection> sections;
    private final JsonMapper json;

    DatasetExport(List<DatasetSection> sections, JsonMapper json) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DatasetSection::order)).toList();
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> dataset() {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("format", DatasetImport.FORMAT);
        for (DatasetSection section : sections) {
            dataset.put(section.name(), section.exportRecords());
        }
        return dataset;
    }

    @Transactional(readOnly = true)
    public void writeTo(OutputStream out) {
        // Jackson closes what it writes to; standard output must stay open for the caller
        OutputStream unclosable = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                out.flush();
            }
        };
        json.writerWithDefaultPrettyPrinter().writeValue(unclosable, dataset());
    }
}
