/** The staff site: its pages compose the feature modules through their APIs; it owns no table and writes none. */
package org.kuzet.workspace;
