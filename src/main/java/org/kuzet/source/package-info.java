/** Sources (articles, documents) that incidents and statements rest on: owns source; others use Sources. */
package org.kuzet.source;
