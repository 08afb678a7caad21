/**
 * Infrastructure: the jar's commands (import, export, report, ...) and the context that starts Kuzet without its web
 * server for them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.cli;

import org.springframework.modulith.ApplicationModule;
