package org.kuzet.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;

/**
 * The message files, formatted by ICU's MessageFormat rather than the JDK's, so that a label can say
 * {@code {0, plural, one {# incident} few {# инцидента} other {# incidents}}} in each language's own plural rules
 * (Russian has three forms, Kazakh one). Read from {@code spring.messages.*} as Spring Boot's own would be.
 */
@Configuration(proxyBeanMethods = false)
class IcuMessageSource {

    @Bean
    MessageSource messageSource(Environment env) {
        Icu messages = new Icu();
        String basenames = env.getProperty("spring.messages.basename", "i18n/messages");
        messages.setBasenames(Arrays.stream(StringUtils.commaDelimitedListToStringArray(basenames))
                .map(String::trim).toArray(String[]::new));
        messages.setDefaultEncoding(env.getProperty("spring.messages.encoding", "UTF-8"));
        messages.setFallbackToSystemLocale(env.getProperty("spring.messages.fallback-to-system-locale",
                Boolean.class, false));
        messages.setUseCodeAsDefaultMessage(env.getProperty("spring.messages.use-code-as-default-message",
                Boolean.class, false));
        return messages;
    }

    /** A resource-bundle message source whose patterns with arguments are ICU message formats. */
    static final class Icu extends ResourceBundleMessageSource {

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null) {
                return null;
            }
            Locale in = locale == null ? Locale.ENGLISH : locale;
            String pattern = resolveCodeWithoutArguments(code, in);
            if (pattern == null) {
                return super.getMessageInternal(code, args, in);
            }
            if (ObjectUtils.isEmpty(args)) {
                return pattern;
            }
            return new MessageFormat(pattern, ULocale.forLocale(in)).format(resolveArguments(args, in));
        }
    }
}
