/** The accountability clock: requests to state bodies, their legal deadlines, the answers or the silence. */
package org.kuzet.inquiry;
