package io.eventline.timeline.repository;

import io.eventline.timeline.Event;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Write side of the {@code event} table. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    public List<Event> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
