/** Shared kernel: dates as monitors know them, a day, a month or only a year. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.calendar;

import org.springframework.modulith.ApplicationModule;
