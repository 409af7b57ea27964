-- One SQL Server, one database and one login per service, as on PostgreSQL: a service reaches only its own data.
-- Run by the sqlserver-init service of deploy/compose.yaml (profile sqlserver); safe to run again. The databases take
-- the product's collation (docs/operations.md). The passwords are for local use only.
IF DB_ID(N'jjjmatch_achievements') IS NULL
    CREATE DATABASE jjjmatch_achievements COLLATE Chinese_Simplified_Pinyin_100_CS_AS_SC;
IF DB_ID(N'jjjmatch_demands') IS NULL
    CREATE DATABASE jjjmatch_demands COLLATE Chinese_Simplified_Pinyin_100_CS_AS_SC;
IF DB_ID(N'jjjmatch_matching') IS NULL
    CREATE DATABASE jjjmatch_matching COLLATE Chinese_Simplified_Pinyin_100_CS_AS_SC;
IF DB_ID(N'jjjmatch_accounts') IS NULL
    CREATE DATABASE jjjmatch_accounts COLLATE Chinese_Simplified_Pinyin_100_CS_AS_SC;
IF DB_ID(N'jjjmatch_notifications') IS NULL
    CREATE DATABASE jjjmatch_notifications COLLATE Chinese_Simplified_Pinyin_100_CS_AS_SC;
GO

IF SUSER_ID(N'jjjmatch_achievements') IS NULL
    CREATE LOGIN jjjmatch_achievements WITH PASSWORD = N'Achievements-local-1', DEFAULT_DATABASE = jjjmatch_achievements;
IF SUSER_ID(N'jjjmatch_demands') IS NULL
    CREATE LOGIN jjjmatch_demands WITH PASSWORD = N'Demands-local-1', DEFAULT_DATABASE = jjjmatch_demands;
IF SUSER_ID(N'jjjmatch_matching') IS NULL
    CREATE LOGIN jjjmatch_matching WITH PASSWORD = N'Matching-local-1', DEFAULT_DATABASE = jjjmatch_matching;
IF SUSER_ID(N'jjjmatch_accounts') IS NULL
    CREATE LOGIN jjjmatch_accounts WITH PASSWORD = N'Accounts-local-1', DEFAULT_DATABASE = jjjmatch_accounts;
IF SUSER_ID(N'jjjmatch_notifications') IS NULL
    CREATE LOGIN jjjmatch_notifications WITH PASSWORD = N'Notifications-local-1', DEFAULT_DATABASE = jjjmatch_notifications;
GO

-- db_owner: the service migrates its own schema at start-up.
USE jjjmatch_achievements;
IF USER_ID(N'jjjmatch_achievements') IS NULL CREATE USER jjjmatch_achievements FOR LOGIN jjjmatch_achievements;
ALTER ROLE db_owner ADD MEMBER jjjmatch_achievements;
GO
USE jjjmatch_demands;
IF USER_ID(N'jjjmatch_demands') IS NULL CREATE USER jjjmatch_demands FOR LOGIN jjjmatch_demands;
ALTER ROLE db_owner ADD MEMBER jjjmatch_demands;
GO
USE jjjmatch_matching;
IF USER_ID(N'jjjmatch_matching') IS NULL CREATE USER jjjmatch_matching FOR LOGIN jjjmatch_matching;
ALTER ROLE db_owner ADD MEMBER jjjmatch_matching;
GO
USE jjjmatch_accounts;
IF USER_ID(N'jjjmatch_accounts') IS NULL CREATE USER jjjmatch_accounts FOR LOGIN jjjmatch_accounts;
ALTER ROLE db_owner ADD MEMBER jjjmatch_accounts;
GO
USE jjjmatch_notifications;
IF USER_ID(N'jjjmatch_notifications') IS NULL CREATE USER jjjmatch_notifications FOR LOGIN jjjmatch_notifications;
ALTER ROLE db_owner ADD MEMBER jjjmatch_notifications;
GO
