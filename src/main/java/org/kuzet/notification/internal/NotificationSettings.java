package org.kuzet.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where mail's links point ({@code KUZET_BASE_URL}, e.g. https://kuzet.example.org): a digest is written outside
 * any request, so the server cannot know the address its readers use.
 */
@ConfigurationProperties("kuzet.notification")
record NotificationSettings(String baseUrl) {

    NotificationSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }
}
