/**
 * Shared plumbing of the records kept through the API and dataset files: references by id or external id, paging,
 * filters, revisions and content hashes.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.reference;

import org.springframework.modulith.ApplicationModule;
