/** The gazetteer of Kazakhstan's regions and settlements: owns the place tables; others use Places. */
package org.kuzet.place;
