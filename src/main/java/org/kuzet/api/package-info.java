/**
 * Shared infrastructure of the JSON API: problem responses naming the bad field, strict JSON, body limits, record
 * versions and the OpenAPI description.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.api;

import org.springframework.modulith.ApplicationModule;
