-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: the village's offices and who holds them, with dates
-- (党支部书记, 村委会主任, 两委委员, 村务监督委员会, 村民代表, 人民调解委员会, 党小组长).
-- A holder is a person of the register or, rarely, an outsider named here.
-- A holding ends with a date; nothing is deleted. The rules that span rows
-- (one secretary at a time, the 监委会 apart from the 村委会, at most five
-- members) are kept by core (cw-village-role.c).

CREATE TABLE village_role (
  id            INTEGER PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('party_secretary', 'director', 'committee_member',
                                              'supervision_chair', 'supervision_member',
                                              'representative', 'mediation_chair', 'mediator',
                                              'party_group_leader')),
  person_id     INTEGER REFERENCES person (id),
  outsider_name TEXT NOT NULL DEFAULT '',
  from_date     TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  to_date       TEXT CHECK (to_date IS NULL OR
                            (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
                             to_date >= from_date)),
  notes         TEXT NOT NULL DEFAULT '',
  CHECK ((person_id IS NULL) = (length(trim(outsider_name)) > 0))
);
CREATE INDEX village_role_role ON village_role (role, from_date);
CREATE INDEX village_role_person ON village_role (person_id);
