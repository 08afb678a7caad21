/** The backup and restore commands and their wiring: private to the backup module. */
package org.kuzet.backup.internal;
