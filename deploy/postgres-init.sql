-- One PostgreSQL server, one database and one login per service: a service reaches only its own data.
-- The postgres image runs this once, on an empty data volume. The passwords are for local use only.
CREATE ROLE jjjmatch_achievements LOGIN PASSWORD 'achievements-local';
CREATE ROLE jjjmatch_demands LOGIN PASSWORD 'demands-local';
CREATE ROLE jjjmatch_matching LOGIN PASSWORD 'matching-local';
CREATE ROLE jjjmatch_accounts LOGIN PASSWORD 'accounts-local';
CREATE ROLE jjjmatch_notifications LOGIN PASSWORD 'notifications-local';

CREATE DATABASE jjjmatch_achievements OWNER jjjmatch_achievements;
CREATE DATABASE jjjmatch_demands OWNER jjjmatch_demands;
CREATE DATABASE jjjmatch_matching OWNER jjjmatch_matching;
CREATE DATABASE jjjmatch_accounts OWNER jjjmatch_accounts;
CREATE DATABASE jjjmatch_notifications OWNER jjjmatch_notifications;

REVOKE CONNECT, TEMPORARY ON DATABASE jjjmatch_achievements FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE jjjmatch_demands FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE jjjmatch_matching FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE jjjmatch_accounts FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE jjjmatch_notifications FROM PUBLIC;
