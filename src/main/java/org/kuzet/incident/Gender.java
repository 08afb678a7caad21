package org.kuzet.incident;

/** A victim's gender where it is known (reports count women among threatened lawyers); absent otherwise. */
public enum Gender implements Coded {
    FEMALE, MALE
}
