package org.kuzet.incident;

/**
 * The person (or process, such as {@code import}) doing a workflow step. Editors and admins may publish, reject
 * and correct; every staff member may draft, submit, return and reopen.
 */
public record StaffMember(String username, boolean mayPublish) {

    /** The dataset importer: a file says an incident is published, so it is recorded as published by "import". */
    public static final StaffMember IMPORT = new StaffMember("import", true);
}
