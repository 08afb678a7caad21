/**
 * Infrastructure: the PostgreSQL Kuzet talks to, an external server or its own embedded one, and the data directory's
 * lock.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.database;

import org.springframework.modulith.ApplicationModule;
