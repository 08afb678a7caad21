-- The security module's live functions.

-- Takes one token from the bucket named p_key (a kind of request and a client address), refilled continuously at
-- p_per_minute up to p_capacity, a new bucket starting full. Answers 0 when a token was taken, else the whole
-- seconds until one will be there. One row lock per call, so every instance on the database draws from one bucket.
create or replace function security_take_token(p_key text, p_capacity double precision,
                                               p_per_minute double precision)
returns integer language plpgsql as $$
declare
    at_now   timestamptz := clock_timestamp();
    v_tokens double precision;
    v_since  timestamptz;
begin
    insert into security_bucket (key, tokens, refilled_at) values (p_key, p_capacity, at_now)
    on conflict (key) do nothing;
    select b.tokens, b.refilled_at into v_tokens, v_since from security_bucket b where b.key = p_key for update;
    v_tokens := least(p_capacity,
                      v_tokens + greatest(0, extract(epoch from at_now - v_since)) * p_per_minute / 60.0);
    if v_tokens >= 1 then
        update security_bucket set tokens = v_tokens - 1, refilled_at = at_now where key = p_key;
        return 0;
    end if;
    update security_bucket set tokens = v_tokens, refilled_at = at_now where key = p_key;
    if p_per_minute <= 0 then
        return 3600;
    end if;
    return greatest(1, ceil((1 - v_tokens) * 60 / p_per_minute))::integer;
end $$;
