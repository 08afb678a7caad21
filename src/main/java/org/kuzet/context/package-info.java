/** Context events (laws, elections, blockings) that explain a month: owns context_event. */
package org.kuzet.context;
