/** The dataset module's private part: not for other modules. */
package org.kuzet.dataset.internal;
