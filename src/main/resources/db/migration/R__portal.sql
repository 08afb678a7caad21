-- Owner: the portal module (org.kuzet.portal, PortalCounts). The portal caches its counts (facets, totals, chart
-- figures) under the value of portal_change_seq (V60) and recomputes them once it has moved; these triggers move
-- it whenever anything the counts are made of changes. One bump per statement, not per row: a bulk import costs
-- one. The one place the function and triggers are defined; Flyway runs this file after the versioned
-- migrations and again whenever it changes.

create or replace function portal_changed() returns trigger language plpgsql as $$
begin
    perform nextval('portal_change_seq');
    return null;
end $$;

create or replace trigger incident_portal_changed after insert or update or delete on incident
    for each statement execute function portal_changed();
create or replace trigger incident_portal_truncated after truncate on incident
    for each statement execute function portal_changed();
create or replace trigger incident_victim_portal_changed after insert or update or delete on incident_victim
    for each statement execute function portal_changed();
create or replace trigger incident_victim_portal_truncated after truncate on incident_victim
    for each statement execute function portal_changed();
create or replace trigger incident_perpetrator_portal_changed after insert or update or delete on incident_perpetrator
    for each statement execute function portal_changed();
create or replace trigger incident_perpetrator_portal_truncated after truncate on incident_perpetrator
    for each statement execute function portal_changed();
create or replace trigger incident_category_portal_changed after insert or update or delete on incident_category
    for each statement execute function portal_changed();
create or replace trigger incident_category_portal_truncated after truncate on incident_category
    for each statement execute function portal_changed();
create or replace trigger category_portal_changed after insert or update or delete on category
    for each statement execute function portal_changed();
create or replace trigger category_portal_truncated after truncate on category
    for each statement execute function portal_changed();
create or replace trigger place_portal_changed after insert or update or delete on place
    for each statement execute function portal_changed();
create or replace trigger place_portal_truncated after truncate on place
    for each statement execute function portal_changed();
create or replace trigger place_alias_portal_changed after insert or update or delete on place_alias
    for each statement execute function portal_changed();
create or replace trigger place_alias_portal_truncated after truncate on place_alias
    for each statement execute function portal_changed();
create or replace trigger actor_portal_changed after insert or update or delete on actor
    for each statement execute function portal_changed();
create or replace trigger actor_portal_truncated after truncate on actor
    for each statement execute function portal_changed();
create or replace trigger actor_alias_portal_changed after insert or update or delete on actor_alias
    for each statement execute function portal_changed();
create or replace trigger actor_alias_portal_truncated after truncate on actor_alias
    for each statement execute function portal_changed();
