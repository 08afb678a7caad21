/** The shared kernel: the few types every module speaks (a record changed, a field problem, the one clock). */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.core;

import org.springframework.modulith.ApplicationModule;
