package org.kuzet.triage;

/** The languages of the news Kuzet reads. */
public enum Language {
    EN("en"), RU("ru"), KK("kk");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
