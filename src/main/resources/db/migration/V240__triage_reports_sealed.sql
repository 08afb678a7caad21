-- What people report to Kuzet directly (the public form, a correspondent's phone) is kept sealed (org.kuzet.crypto,
-- record kind public_report): the article's title and text, the candidate's passage, facts and reasons, and when,
-- where and the link beside the reporter. A sealed link is not a web address any more: its check is the form's.
alter table triage_public_report drop constraint triage_public_report_link_check;
