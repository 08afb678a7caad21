-- A correspondent's submission keeps what they wrote, when and where, the link, the device and the phone's position
-- sealed (org.kuzet.crypto, record kind intake_submission). The position is one sealed text, "latitude longitude"
-- and the accuracy in metres when known; rows stored before are sealed at the next start (intake's SealsExisting).
alter table intake_submission add column place text;
update intake_submission set place = concat_ws(' ', latitude, longitude, accuracy_m) where latitude is not null;
alter table intake_submission drop column latitude, drop column longitude, drop column accuracy_m;
