package io.eventline.contracts;

/** What happened to a timeline event; each maps to one CloudEvent type. */
public enum ChangeType {
    CREATED(CloudEventTypes.EVENT_CREATED),
    UPDATED(CloudEventTypes.EVENT_UPDATED),
    MERGED(CloudEventTypes.EVENT_MERGED);

    private final String cloudEventType;

    ChangeType(String cloudEventType) {
        this.cloudEventType = cloudEventType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public static ChangeType fromCloudEventType(String type) {
        for (ChangeType t : values()) {
            if (t.cloudEventType.equals(type)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an Eventline change type: " + type);
    }
}
