/** The incident module's private part: not for other modules. */
package org.kuzet.incident.internal;
