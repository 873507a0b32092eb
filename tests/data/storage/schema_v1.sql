-- A ReelPulse store as schema version 1 wrote it (tracking tasks only).
BEGIN TRANSACTION;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('schema_version','1');
CREATE TABLE profile_tasks ( id TEXT PRIMARY KEY, target_profile TEXT NOT NULL, is_competitor INTEGER NOT NULL DEFAULT 0 CHECK (is_competitor IN (0, 1)), status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'error')), interval_days INTEGER NOT NULL DEFAULT 2 CHECK (interval_days >= 1), created_at INTEGER NOT NULL, last_scraped INTEGER, next_scrape_due INTEGER NOT NULL, last_error TEXT, last_error_class TEXT);
INSERT INTO "profile_tasks" VALUES('6f1c2a9e-3b1d-4c59-9a57-1f0e8a3b2c01','natgeo',1,'active',2,1767225600,NULL,1767398400,NULL,NULL);
INSERT INTO "profile_tasks" VALUES('0b8e4d21-7c3a-4f6e-8d12-5a9b3c4e6f02','foodxtaste',0,'paused',3,1767225600,1767312000,1767571200,'Instagram is rate limiting','rate_limited');
CREATE TABLE projects ( id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
INSERT INTO "projects" VALUES('9a7b6c5d-1e2f-4a3b-8c9d-0e1f2a3b4c03','Spring launch',1767225600);
CREATE TABLE reel_tasks ( id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE, reel_url TEXT NOT NULL, shortcode TEXT NOT NULL, media_id INTEGER, status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'error')), interval_days INTEGER NOT NULL DEFAULT 2 CHECK (interval_days >= 1), created_at INTEGER NOT NULL, last_scraped INTEGER, next_scrape_due INTEGER NOT NULL, last_error TEXT, last_error_class TEXT, UNIQUE (project_id, shortcode));
INSERT INTO "reel_tasks" VALUES('c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e04','9a7b6c5d-1e2f-4a3b-8c9d-0e1f2a3b4c03','https://www.instagram.com/reel/DFp17y5MymE/','DFp17y5MymE',3560614185974049156,'active',2,1767225600,NULL,1767398400,NULL,NULL);
CREATE TABLE video_tasks ( id TEXT PRIMARY KEY, platform TEXT NOT NULL CHECK (platform IN ('instagram', 'tiktok')), external_id TEXT NOT NULL, shortcode TEXT, source_url TEXT, is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)), interval_hours INTEGER NOT NULL DEFAULT 24 CHECK (interval_hours BETWEEN 6 AND 720), metadata TEXT NOT NULL DEFAULT '{}', added_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, first_scrape_time INTEGER, last_scrape_time INTEGER, next_scrape_due INTEGER NOT NULL, last_error TEXT, last_error_class TEXT, UNIQUE (platform, external_id));
INSERT INTO "video_tasks" VALUES('d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f05','tiktok','7603296357641735445',NULL,'https://www.tiktok.com/@_/video/7603296357641735445',1,24,'{"campaign":"spring"}',1767225600,1767225600,NULL,NULL,1767225600,NULL,NULL);
CREATE INDEX profile_tasks_target ON profile_tasks (target_profile);
CREATE INDEX profile_tasks_due ON profile_tasks (next_scrape_due);
CREATE INDEX reel_tasks_project ON reel_tasks (project_id);
CREATE INDEX reel_tasks_due ON reel_tasks (next_scrape_due);
CREATE INDEX video_tasks_due ON video_tasks (next_scrape_due);
COMMIT;
