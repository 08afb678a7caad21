/** Backup and restore of the whole database and the evidence files, as jar commands. */
package org.kuzet.backup;
