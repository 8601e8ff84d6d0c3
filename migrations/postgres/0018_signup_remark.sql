-- A remark with a sign-up (issue 16): "ik eet geen vlees", "ik kom met iemand mee". Only those
-- who run the activity see it; it goes with the guest's details after the centre's retention
-- period (for members too: it is about that date, not about the person).
ALTER TABLE signups ADD COLUMN remark TEXT NOT NULL DEFAULT '';
