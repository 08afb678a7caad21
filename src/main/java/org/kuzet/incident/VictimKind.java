package org.kuzet.incident;

/** Who was affected, as the monthly reports count them. */
public enum VictimKind implements Coded {
    JOURNALIST, BLOGGER, MEDIA_OUTLET, NEWSMAKER, LAWYER, HUMAN_RIGHTS_DEFENDER, CITIZEN
}
