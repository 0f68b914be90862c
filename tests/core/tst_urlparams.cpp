#include "core/http/urlparams.h"

#include <QTest>

using namespace wirescope;

namespace {
KeyValue kv(const char *n, const char *v, bool enabled = true)
{
    return KeyValue{QString::fromUtf8(n), QString::fromUtf8(v), enabled, {}};
}
} // namespace

class tst_UrlParams : public QObject
{
    Q_OBJECT

private slots:
    void parseQuery_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<KeyValueList>("expected");
        QTest::newRow("none") << "http://h/p" << KeyValueList{};
        QTest::newRow("empty query") << "http://h/p?" << KeyValueList{};
        QTest::newRow("pairs") << "http://h/p?a=1&b=2" << KeyValueList{kv("a", "1"), kv("b", "2")};
        QTest::newRow("flag and empty")
            << "http://h/?a&b=" << KeyValueList{kv("a", ""), kv("b", "")};
        QTest::newRow("duplicates kept") << "h?a=1&a=2" << KeyValueList{kv("a", "1"), kv("a", "2")};
        QTest::newRow("fragment ignored") << "h?a=1#frag?b=2" << KeyValueList{kv("a", "1")};
        QTest::newRow("encoded kept raw")
            << "h?q=a%20b&v={{x}}" << KeyValueList{kv("q", "a%20b"), kv("v", "{{x}}")};
        QTest::newRow("equals in value") << "h?t=a=b" << KeyValueList{kv("t", "a=b")};
    }
    void parseQuery()
    {
        QFETCH(QString, url);
        QFETCH(KeyValueList, expected);
        QCOMPARE(wirescope::parseQuery(url), expected);
    }

    void urlWithQuery_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<KeyValueList>("params");
        QTest::addColumn<QString>("expected");
        QTest::newRow("add") << "http://h/p" << KeyValueList{kv("a", "1")} << "http://h/p?a=1";
        QTest::newRow("replace keeps fragment")
            << "http://h/p?x=9#top" << KeyValueList{kv("a", "1"), kv("b", "")}
            << "http://h/p?a=1&b#top";
        QTest::newRow("disabled skipped")
            << "http://h/p?a=1" << KeyValueList{kv("a", "1", false)} << "http://h/p";
    }
    void urlWithQuery()
    {
        QFETCH(QString, url);
        QFETCH(KeyValueList, params);
        QFETCH(QString, expected);
        QCOMPARE(wirescope::urlWithQuery(url, params), expected);
    }

    void mergeKeepsDisabledRows()
    {
        const KeyValueList previous{kv("a", "1"), kv("off", "x", false), kv("b", "2")};
        const KeyValueList merged = mergeQueryFromUrl(u"http://h/?a=9&b=2&c=3", previous);
        QCOMPARE(merged,
                 (KeyValueList{kv("a", "9"), kv("off", "x", false), kv("b", "2"), kv("c", "3")}));
        // and back: the URL shows only the enabled rows
        QCOMPARE(wirescope::urlWithQuery(u"http://h/?a=9&b=2&c=3", merged),
                 QStringLiteral("http://h/?a=9&b=2&c=3"));
    }

    void pathVariables_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("two") << "https://api/users/:id/posts/:postId?x=:notme"
                             << QStringList{QStringLiteral("id"), QStringLiteral("postId")};
        QTest::newRow("port is not a var") << "http://localhost:8080/a" << QStringList();
        QTest::newRow("lone colon") << "http://h/:/x" << QStringList();
        QTest::newRow("once each") << "http://h/:a/:a" << QStringList{QStringLiteral("a")};
    }
    void pathVariables()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, names);
        QCOMPARE(pathVariableNames(url), names);
    }

    void substitute()
    {
        const KeyValueList vars{kv("id", "42"), kv("name", "a b/c"), kv("off", "x", false)};
        QCOMPARE(substitutePathVariables(u"http://h:81/u/:id/:name/:off/:none?q=:id#f", vars),
                 QStringLiteral("http://h:81/u/42/a%20b%2Fc/:off/:none?q=:id#f"));
        const KeyValueList merged = mergePathVariables(u"http://h/:id/:new", vars);
        QCOMPARE(merged, (KeyValueList{kv("id", "42"), kv("new", "")}));
    }
};

QTEST_GUILESS_MAIN(tst_UrlParams)
#include "tst_urlparams.moc"
