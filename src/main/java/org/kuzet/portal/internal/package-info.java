/** The portal's pages, charts, downloads and feed, its remembered counts and routes: private to the portal module. */
package org.kuzet.portal.internal;
