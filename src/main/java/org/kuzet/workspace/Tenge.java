package org.kuzet.workspace;

import tools.jackson.databind.node.ObjectNode;

/** An amount of tenge as a person types it ("78 100 000", "78 100 000 ₸") put into a record as a whole number. */
final class Tenge {

    private Tenge() {
    }

    /**
     * Puts the amount under {@code field}; nothing when blank. What is not a whole number is put as typed, so that
     * the owner's reader names the field ("must be a whole number of tenge").
     */
    static void put(ObjectNode body, String field, String typed) {
        String amount = typed == null ? "" : typed.replaceAll("[\\s\\u00a0\\u202f₸]", "");
        if (amount.isEmpty()) {
            return;
        }
        try {
            body.put(field, Long.parseLong(amount));
        } catch (NumberFormatException e) {
            body.put(field, typed.strip());
        }
    }
}
