/** The source module's private part: not for other modules. */
package org.kuzet.source.internal;
