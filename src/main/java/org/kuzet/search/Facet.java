package org.kuzet.search;

/**
 * A dimension search results are counted and filtered by. The name is the API's parameter and key; the column is
 * the search document's; a multi-valued facet (a list on the document) counts a document once under each value.
 */
public enum Facet {
    TYPE("type", "doc_type", false),
    GROUP("group", "group_code", false),
    CATEGORY("category", "category_codes", true),
    REGION("region", "region_code", false),
    YEAR("year", "year", false),
    MONTH("month", "month", false),
    STATE("state", "workflow_state", false),
    VERIFICATION("verification", "verification", false),
    VICTIM_KIND("victim_kind", "victim_kinds", true),
    PERPETRATOR_TYPE("perpetrator_type", "perpetrator_types", true),
    OUTLET("outlet", "outlets", true);

    private final String parameter;
    private final String column;
    private final boolean multiValued;

    Facet(String parameter, String column, boolean multiValued) {
        this.parameter = parameter;
        this.column = column;
        this.multiValued = multiValued;
    }

    public String parameter() {
        return parameter;
    }

    String column() {
        return column;
    }

    boolean multiValued() {
        return multiValued;
    }

    public boolean numeric() {
        return this == YEAR || this == MONTH;
    }
}
