package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.kuzet.core.Languages;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * The language of the pages and of the API's messages: chosen with {@code ?lang=en|ru|kk} and remembered in a
 * cookie; before that, the browser's Accept-Language where it names one of the three, English otherwise. A page
 * opened with {@code ?lang=} keeps it in its links, forms and redirects, so each tab keeps its own language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kuzet_lang");
        resolver.setDefaultLocaleFunction(request -> Languages.fromHeader(request.getHeader("Accept-Language")));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Every link, form and redirect of a page opened with {@code ?lang=} keeps it ({@link LanguageInLinks}). */
    @Bean
    static BeanPostProcessor languageInLinks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RequestDataValueProcessor processor && LanguageInLinks.BEAN.equals(name)
                        ? new LanguageInLinks(processor) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OneLanguageParameter> oneLanguageParameter() {
        FilterRegistrationBean<OneLanguageParameter> registration = new FilterRegistrationBean<>(
                new OneLanguageParameter());
        // after Spring Security's filters (the request's size is checked there before its body is read)
        registration.setOrder(0);
        return registration;
    }

    /**
     * Tomcat answers some requests itself, before the application (an address it cannot decode): its error report
     * is replaced by Kuzet's ({@link ContainerErrorPage}). The host adds no report of its own class when one is
     * there already.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> kuzetErrorReport(ApplicationContext application) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorPage.class.getName());
                host.getPipeline().addValve(new ContainerErrorPage(application));
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                // an unsupported ?lang= is ignored rather than turned into a locale we cannot speak
                return !Languages.supported(request.getParameter(getParamName()))
                        || super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
