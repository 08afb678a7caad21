/** The shared kernel: the few types every module speaks (a record changed, and in time dates, clock, languages). */
package org.kuzet.core;
