package org.kuzet.portal.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the public reaches the monitoring service, as its operator configures it ({@code kuzet.contact.*}, or the
 * environment's {@code KUZET_CONTACT_EMAIL}, {@code _PHONE}, {@code _ADDRESS}, {@code _WEBSITE}); shown on the
 * methodology page. Any of them may be left empty.
 */
@ConfigurationProperties("kuzet.contact")
public record ServiceContacts(String email, String phone, String address, String website) {

    public ServiceContacts {
        email = blankToNull(email);
        phone = blankToNull(phone);
        address = blankToNull(address);
        website = blankToNull(website);
    }

    public boolean none() {
        return email == null && phone == null && address == null && website == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
