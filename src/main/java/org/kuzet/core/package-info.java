/** The shared kernel: the few types every module speaks (a record changed, and in time dates, clock, languages). */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.core;

import org.springframework.modulith.ApplicationModule;
