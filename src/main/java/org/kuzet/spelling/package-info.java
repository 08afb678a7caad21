/**
 * Shared kernel: one folding of Russian, Kazakh and Latin spellings into search keys, and the keys' upkeep after
 * migrations.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kuzet.spelling;

import org.springframework.modulith.ApplicationModule;
