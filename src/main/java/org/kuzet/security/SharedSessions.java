package org.kuzet.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions are kept in PostgreSQL by Spring Session (tables {@code spring_session*}), so that every instance behind
 * one address knows everyone signed in. Its cookie keeps the servlet container's name, stays out of scripts' reach,
 * goes over HTTPS only when the request came that way, and is not sent with requests started by other sites.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    static final String COOKIE = "JSESSIONID";

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }
}
