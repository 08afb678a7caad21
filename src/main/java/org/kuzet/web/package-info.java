/** Shared infrastructure of the HTML pages: the layout's model, languages, field messages and the login page. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.web;

import org.springframework.modulith.ApplicationModule;
