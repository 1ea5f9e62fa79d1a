// ServerDialect: the SQL LeadStage writes in SQLite's dialect, rewritten for PostgreSQL
// only where the two spell a thing differently, and untouched inside quotes and comments.

#include "store/postgres/ServerDialect.h"

#include <QTest>

using namespace LeadStage;

class TestServerDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translates_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("parameters");
        QTest::newRow("numbered parameters")
            << u"SELECT a FROM t WHERE id = ?1 AND b = ?12"_qs << u"SELECT a FROM t WHERE id = $1 AND b = $12"_qs << 12;
        QTest::newRow("bare parameters count on")
            << u"INSERT INTO t VALUES (?, ?, ?)"_qs << u"INSERT INTO t VALUES ($1, $2, $3)"_qs << 3;
        QTest::newRow("bare after numbered") << u"SELECT ?3, ?"_qs << u"SELECT $3, $4"_qs << 4;
        QTest::newRow("reused parameter") << u"SELECT ?1 + k, ?1"_qs << u"SELECT $1 + k, $1"_qs << 1;
        QTest::newRow("no parameters") << u"SELECT count(*) FROM leads"_qs << u"SELECT count(*) FROM leads"_qs << 0;
        QTest::newRow("question mark in a text") << u"SELECT 'why? ?1' || ?1"_qs << u"SELECT 'why? ?1' || $1"_qs << 1;
        QTest::newRow("doubled quote") << u"SELECT 'it''s ?2', ?1"_qs << u"SELECT 'it''s ?2', $1"_qs << 1;
        QTest::newRow("quoted name") << u"SELECT \"a?b\" FROM t WHERE x = ?"_qs
                                     << u"SELECT \"a?b\" FROM t WHERE x = $1"_qs << 1;
        QTest::newRow("line comment") << u"SELECT 1 -- what? ?9\nFROM t WHERE x = ?1"_qs
                                      << u"SELECT 1 -- what? ?9\nFROM t WHERE x = $1"_qs << 1;
        QTest::newRow("block comment") << u"SELECT /* ?9 */ ?1"_qs << u"SELECT /* ?9 */ $1"_qs << 1;
        QTest::newRow("begin immediate") << u"BEGIN IMMEDIATE"_qs << u"BEGIN"_qs << 0;
        QTest::newRow("begin deferred, lower case") << u"begin deferred;"_qs << u"begin"_qs << 0;
        QTest::newRow("plain begin") << u"BEGIN"_qs << u"BEGIN"_qs << 0;
        QTest::newRow("insert or ignore")
            << u"INSERT OR IGNORE INTO event_details(text) VALUES (?1);"_qs
            << u"INSERT INTO event_details(text) VALUES ($1) ON CONFLICT DO NOTHING"_qs << 1;
        QTest::newRow("insert or replace is left")
            << u"INSERT OR REPLACE INTO t VALUES (1)"_qs << u"INSERT OR REPLACE INTO t VALUES (1)"_qs << 0;
        QTest::newRow("cross join with on")
            << u"SELECT e.lead_id FROM lead_state s CROSS JOIN events e ON e.lead_id = s.lead_id"_qs
            << u"SELECT e.lead_id FROM lead_state s JOIN events e ON e.lead_id = s.lead_id"_qs << 0;
        QTest::newRow("cross join, AS alias") << u"SELECT 1 FROM a CROSS JOIN b AS x ON x.id = a.id"_qs
                                              << u"SELECT 1 FROM a JOIN b AS x ON x.id = a.id"_qs << 0;
        QTest::newRow("cross join, no alias")
            << u"SELECT 1 FROM a CROSS JOIN b ON b.id = a.id"_qs << u"SELECT 1 FROM a JOIN b ON b.id = a.id"_qs << 0;
        QTest::newRow("cross join without on is kept") << u"SELECT 1 FROM a CROSS JOIN b WHERE b.id = a.id"_qs
                                                       << u"SELECT 1 FROM a CROSS JOIN b WHERE b.id = a.id"_qs << 0;
        QTest::newRow("instr") << u"SELECT instr('ABCD', grade), \"instr\" FROM t"_qs
                               << u"SELECT strpos('ABCD', grade), \"instr\" FROM t"_qs << 0;
        QTest::newRow("instr as a name") << u"SELECT instr FROM t"_qs << u"SELECT instr FROM t"_qs << 0;
        QTest::newRow("max and min of several values")
            << u"SELECT max(coalesce((SELECT max(a) FROM t), 0), min(b, max(c, 1)), 2), min(x) FROM t"_qs
            << u"SELECT greatest(coalesce((SELECT max(a) FROM t), 0), least(b, greatest(c, 1)), 2), min(x) FROM t"_qs
            << 0;
        QTest::newRow("aggregate max of an expression")
            << u"SELECT max(coalesce(a, 0)) FROM t"_qs << u"SELECT max(coalesce(a, 0)) FROM t"_qs << 0;
        QTest::newRow("number with letters") << u"SELECT 1e5, ?1"_qs << u"SELECT 1e5, $1"_qs << 1;
        QTest::newRow("like ignores case")
            << u"SELECT id FROM leads WHERE email LIKE ?1 ESCAPE '\\' OR company NOT like ?1"_qs
            << u"SELECT id FROM leads WHERE email ILIKE $1 ESCAPE '\\' OR company NOT ILIKE $1"_qs << 1;
        QTest::newRow("json_each of a column")
            << u"SELECT DISTINCT j.key FROM leads AS l, json_each(l.attrs) AS j WHERE l.attrs <> '{}'"_qs
            << u"SELECT DISTINCT j.key FROM leads AS l, json_each_text((l.attrs)::json) AS j WHERE l.attrs <> '{}'"_qs
            << 0;
        QTest::newRow("json_extract with a parameter and a call inside")
            << u"SELECT id, json_extract(coalesce(attrs, '{}'), ?2) LIKE ?1 FROM leads"_qs
            << u"SELECT id, (jsonb_path_query_first((coalesce(attrs, '{}'))::jsonb, ($2)::jsonpath) #>> '{}') "
               "ILIKE $1 FROM leads"_qs
            << 2;
        QTest::newRow("json_extract as a name")
            << u"SELECT json_extract FROM t"_qs << u"SELECT json_extract FROM t"_qs << 0;
        QTest::newRow("insert or fail") << u"INSERT OR FAIL INTO leads (id) VALUES (?1)"_qs
                                        << u"INSERT INTO leads (id) VALUES ($1)"_qs << 1;
        QTest::newRow("is and is not of values")
            << u"SELECT 1 WHERE a IS NOT COALESCE(?1, a) OR b IS ?2 OR c IS NOT NULL OR d IS NULL"_qs
            << u"SELECT 1 WHERE a IS DISTINCT FROM COALESCE($1, a) OR b IS NOT DISTINCT FROM $2 OR c IS NOT NULL "
               "OR d IS NULL"_qs
            << 2;
        QTest::newRow("is distinct from is kept")
            << u"SELECT a IS DISTINCT FROM b, c IS TRUE"_qs << u"SELECT a IS DISTINCT FROM b, c IS TRUE"_qs << 0;
        QTest::newRow("group_concat") << u"SELECT group_concat(key, ', ') FROM t"_qs
                                      << u"SELECT string_agg(key, ', ') FROM t"_qs << 0;
        QTest::newRow("temporary schema")
            << u"INSERT INTO temp.undated (id) SELECT id FROM temp.undated, temp"_qs
            << u"INSERT INTO pg_temp.undated (id) SELECT id FROM pg_temp.undated, temp"_qs << 0;
    }

    void translates()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, server);
        QFETCH(int, parameters);
        const ServerDialect::Translated translated = ServerDialect::translate(sqlite.toStdString());
        QCOMPARE(QString::fromStdString(translated.sql), server);
        QCOMPARE(translated.parameters, parameters);
    }
};

QTEST_GUILESS_MAIN(TestServerDialect)
#include "tst_serverdialect.moc"
