package org.kuzet.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.kuzet.search.Facet;

/**
 * The fields of a search document in the index. Public and staff-only text go into separate fields; a public query
 * names only the public ones and keeps to documents marked public, a correspondent's asks the staff-only ones only
 * of documents they are the author of, so confidential text can neither match, nor be counted, highlighted or
 * suggested for anyone who may not read it.
 */
final class LuceneDocuments {

    /** Bump when fields or analysis change: an index made by another version is rebuilt at start. */
    static final String SCHEMA = "5";

    static final String KEY = "key";
    static final String ID = "id";
    static final String TYPE = "type";
    static final String VISIBLE = "visible";
    static final String PUBLIC = "public";
    /** The account that wrote the record: a correspondent reads the staff text of their own records only. */
    static final String AUTHOR = "author";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String PUBLIC_TEXT = "public_text";
    static final String STAFF_TEXT = "staff_text";
    static final String TITLE_STEM = "title_stem";
    static final String TITLE_FOLD = "title_fold";
    static final String PUBLIC_STEM = "public_stem";
    static final String PUBLIC_FOLD = "public_fold";
    static final String STAFF_STEM = "staff_stem";
    static final String STAFF_FOLD = "staff_fold";
    /** The folded words of the names in the record: what a misspelt name is corrected towards. */
    static final String NAMES = "names_fold";

    private static final FieldType NAME_WORDS = nameWords();
    /** The facet value of a document that has none (sorts first: ordinal 0 where present). */
    static final BytesRef NO_VALUE = new BytesRef("");

    private LuceneDocuments() {
    }

    /** The indexed values of a facet, for keeping to the documents that have a value. */
    static String facetField(Facet facet) {
        return "facet_" + facet.parameter();
    }

    /** The doc values of a facet, for counting and sorting (a field of their own: "" is counted, never searched). */
    static String facetValues(Facet facet) {
        return "values_" + facet.parameter();
    }

    static Term key(SearchDocument document) {
        return new Term(KEY, document.key());
    }

    static Term key(String type, long id) {
        return new Term(KEY, type + ":" + id);
    }

    static Document of(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.NO));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new NumericDocValuesField(ID, d.id()));
        doc.add(new StoredField(TYPE, d.type()));
        if (d.published()) {
            doc.add(new StringField(VISIBLE, PUBLIC, Field.Store.NO));
        }
        if (d.author() != null) {
            doc.add(new StringField(AUTHOR, d.author(), Field.Store.YES));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new StoredField(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
        }
        doc.add(stored(TITLE, d.title()));
        doc.add(new TextField(TITLE_STEM, d.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_FOLD, d.title(), Field.Store.NO));
        // the views' texts begin with the title; its words are in the title fields already (every query asks
        // those too), so each text field holds only what follows: a quarter fewer words to analyse and invert
        if (!d.publicText().isEmpty()) {
            doc.add(stored(PUBLIC_TEXT, d.publicText()));
            String rest = afterTitle(d.publicText(), d.title());
            doc.add(new TextField(PUBLIC_STEM, rest, Field.Store.NO));
            doc.add(new TextField(PUBLIC_FOLD, rest, Field.Store.NO));
        }
        if (!d.staffText().isEmpty()) {
            doc.add(stored(STAFF_TEXT, d.staffText()));
            String rest = d.publicText().isEmpty() ? afterTitle(d.staffText(), d.title()) : d.staffText();
            doc.add(new TextField(STAFF_STEM, rest, Field.Store.NO));
            doc.add(new TextField(STAFF_FOLD, rest, Field.Store.NO));
        }
        if (!d.names().isEmpty()) {
            doc.add(new Field(NAMES, d.names(), NAME_WORDS));
        }
        for (Facet facet : Facet.values()) {
            String field = facetField(facet);
            String counted = facetValues(facet);
            List<String> values = d.facets().getOrDefault(facet, List.of());
            for (String value : values) {
                doc.add(new StringField(field, value, Field.Store.NO));
                doc.add(new SortedSetDocValuesField(counted, new BytesRef(value)));
            }
            if (values.isEmpty()) {
                // every document has a value of every facet ("" for none, never counted): dense doc values are
                // read by position, sparse ones through an index of which documents have one, a lookup more for
                // every hit and facet
                doc.add(new SortedSetDocValuesField(counted, NO_VALUE));
            }
        }
        return doc;
    }

    /**
     * Stored text as its UTF-8 bytes: String.getBytes encodes a whole string at once, where a stored string field
     * is encoded character by character (a tenth of the cost of indexing).
     */
    private static StoredField stored(String field, String text) {
        return new StoredField(field, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stored text of a document read from the index, or null. */
    static String text(Document doc, String field) {
        BytesRef bytes = doc.getBinaryValue(field);
        return bytes == null ? null : bytes.utf8ToString();
    }

    /** The text after the title when it begins with it (and a word boundary follows), else the whole text. */
    static String afterTitle(String text, String title) {
        if (title.isEmpty() || !text.startsWith(title)) {
            return text;
        }
        if (text.length() == title.length()) {
            return "";
        }
        return TextAnalysis.FoldingTokenizer.wordChar(text.charAt(title.length())) ? text : text.substring(title.length());
    }

    /** Only which documents hold a word: names are looked up, never ranked or matched as phrases. */
    private static FieldType nameWords() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
