package io.eventline.contracts;

/** Kinds of real-world happenings Eventline puts on a timeline; the CAMEO root code where CAMEO has one. */
public enum EventType {
    ATTACK("180"),
    AIRSTRIKE("195"),
    RAID(null),
    ARREST("173"),
    TREATY_INVOCATION(null),
    PLEDGE_OF_SUPPORT("033"),
    MEETING("040"),
    DECLARATION(null),
    MILITARY_DEPLOYMENT(null),
    LEGISLATIVE_ACTION(null),
    CLAIM_OF_RESPONSIBILITY(null);

    private final String defaultCameoCode;

    EventType(String defaultCameoCode) {
        this.defaultCameoCode = defaultCameoCode;
    }

    /** The CAMEO code used when the extractor has no more specific one; null where CAMEO has none. */
    public String defaultCameoCode() {
        return defaultCameoCode;
    }
}
