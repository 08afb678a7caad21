package org.kuzet.inquiry;

import org.kuzet.core.RecordChanged;

/** An administrator recorded or changed a deadline basis; before (null for a new one) and after are the basis. */
public record DeadlineBasisChanged(String code, String verb, String actor, Object before, Object after)
        implements RecordChanged {

    @Override
    public String recordKind() {
        return "inquiry_basis";
    }

    @Override
    public String recordId() {
        return code;
    }

    @Override
    public String action() {
        return "inquiry_basis." + verb;
    }
}
