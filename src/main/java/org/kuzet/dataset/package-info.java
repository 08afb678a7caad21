/** The dataset file format: import and export run through the DatasetSection each owner implements for its records. */
package org.kuzet.dataset;
