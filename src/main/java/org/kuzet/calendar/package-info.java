/** Shared kernel: dates as monitors know them (a day, a month or only a year) and Kazakhstan's calendar of working days. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.calendar;

import org.springframework.modulith.ApplicationModule;
