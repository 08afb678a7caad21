/** The legalcase module's private part: not for other modules. */
package org.kuzet.legalcase.internal;
