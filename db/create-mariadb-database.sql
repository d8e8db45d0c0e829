-- Creates Lotline's MariaDB database and application user. Run once as a MariaDB administrator:
--   mariadb -u root -p < db/create-mariadb-database.sql
-- then start Lotline with the profile `mariadb` (see README.md). Change the password before use.
-- A binary (case-sensitive) collation keeps Camunda's and Lotline's identifiers exact.
CREATE DATABASE IF NOT EXISTS lotline CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'lotline'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON lotline.* TO 'lotline'@'%';
FLUSH PRIVILEGES;
