/** The public portal and its downloads: reads published incidents through the incident module, writes nothing. */
package org.kuzet.portal;
