// SseParser: the WHATWG "interpreting an event stream" rules as a table. Every row is fed
// whole, one byte at a time, and split in two at every position, and must give the same
// items each way (line endings, the BOM and UTF-8 sequences split across chunks).

#include "core/sse/sseparser.h"

#include <QTest>

using namespace wirescope;

namespace {

QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c == QChar(0))
            out += QLatin1String("\\0");
        else if (c == QChar(0xFFFD))
            out += QLatin1String("<FFFD>");
        else if (c == QChar(0xFEFF))
            out += QLatin1String("<FEFF>");
        else
            out += c;
    }
    return out;
}

QString describe(const SseItem &item)
{
    switch (item.kind) {
    case SseItem::Kind::Event:
        return QStringLiteral("event %1 id=%2 data=%3")
            .arg(item.type, escaped(item.id), escaped(item.data));
    case SseItem::Kind::Comment:
        return QStringLiteral("comment ") + escaped(item.data);
    case SseItem::Kind::Retry:
        return QStringLiteral("retry %1").arg(item.retryMs);
    }
    return {};
}

struct Outcome
{
    QStringList items;
    QString lastEventId;
    qint64 retry = -1;
    qsizetype pending = 0;
};

Outcome parseInChunks(const QByteArray &input, const QList<qsizetype> &cuts)
{
    SseParser parser;
    Outcome out;
    const SseParser::Handler handler = [&out](SseItem &item) {
        out.items.append(describe(item));
    };
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.feed(QByteArrayView(input).sliced(from, cut - from), handler);
        from = cut;
    }
    parser.feed(QByteArrayView(input).sliced(from), handler);
    out.lastEventId = parser.lastEventId();
    out.retry = parser.reconnectionTimeMs();
    out.pending = parser.pendingBytes();
    return out;
}

} // namespace

class tst_SseParser final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void lineTooLong();
    void eventTooLarge();
    void resetStartsANewStream();
    void handlerSeesItemsInStreamOrder();
};

void tst_SseParser::rules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("lastEventId");
    QTest::addColumn<qint64>("retry");
    QTest::addColumn<bool>("pending"); // something undispatched is left at the end

    const auto L = [](std::initializer_list<const char *> texts) {
        QStringList list;
        for (const char *t : texts)
            list.append(QString::fromUtf8(t));
        return list;
    };
    // The HTML spec's own examples (9.2.6 "Authoring notes" and 9.2.5).
    QTest::newRow("spec: stock ticker")
        << QByteArray("data: YHOO\ndata: +2\ndata: 10\n\n")
        << L({"event message id= data=YHOO\\n+2\\n10"}) << "" << qint64(-1) << false;
    QTest::newRow("spec: comment, ids, unfinished third event")
        << QByteArray(": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\n"
                      "data:  third event\n")
        << L({"comment test stream", "event message id=1 data=first event",
              "event message id= data=second event"})
        << "" << qint64(-1) << true;
    QTest::newRow("spec: data without colon")
        << QByteArray("data\n\ndata\ndata\n\ndata:")
        << L({"event message id= data=", "event message id= data=\\n"}) << "" << qint64(-1) << true;
    QTest::newRow("spec: one space is stripped")
        << QByteArray("data:test\n\ndata: test\n\n")
        << L({"event message id= data=test", "event message id= data=test"}) << "" << qint64(-1)
        << false;

    // Line endings.
    QTest::newRow("LF") << QByteArray("data: a\ndata: b\n\n") << L({"event message id= data=a\\nb"})
                        << "" << qint64(-1) << false;
    QTest::newRow("CR") << QByteArray("data: a\rdata: b\r\r") << L({"event message id= data=a\\nb"})
                        << "" << qint64(-1) << false;
    QTest::newRow("CRLF") << QByteArray("data: a\r\ndata: b\r\n\r\n")
                          << L({"event message id= data=a\\nb"}) << "" << qint64(-1) << false;
    QTest::newRow("mixed: CRLF then CR is a blank line")
        << QByteArray("data: a\r\n\rdata: b\n\n")
        << L({"event message id= data=a", "event message id= data=b"}) << "" << qint64(-1) << false;
    QTest::newRow("LF CR is two line endings")
        << QByteArray("data: a\n\rdata: b\n\n")
        << L({"event message id= data=a", "event message id= data=b"}) << "" << qint64(-1) << false;
    QTest::newRow("CR inside a value ends the line")
        << QByteArray("data: a\rb\n\n") << L({"event message id= data=a"}) << "" << qint64(-1)
        << false;

    // BOM.
    QTest::newRow("leading BOM stripped")
        << QByteArray("\xEF\xBB\xBF"
                      "data: x\n\n")
        << L({"event message id= data=x"}) << "" << qint64(-1) << false;
    QTest::newRow("only one BOM stripped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                         "data: x\n\n")
                                           << L({}) << "" << qint64(-1) << false;
    QTest::newRow("BOM later is not a BOM")
        << QByteArray("data: a\n\n\xEF\xBB\xBF"
                      "data: b\n\n")
        << L({"event message id= data=a"}) << "" << qint64(-1) << false;
    QTest::newRow("U+FEFF inside data kept")
        << QByteArray("data: \xEF\xBB\xBFx\n\n") << L({"event message id= data=<FEFF>x"}) << ""
        << qint64(-1) << false;

    // Fields.
    QTest::newRow("only one space stripped")
        << QByteArray("data:  two\n\n") << L({"event message id= data= two"}) << "" << qint64(-1)
        << false;
    QTest::newRow("tab is not stripped")
        << QByteArray("data:\tt\n\n") << L({"event message id= data=\tt"}) << "" << qint64(-1)
        << false;
    QTest::newRow("colon in value")
        << QByteArray("data: a:b: c\n\n") << L({"event message id= data=a:b: c"}) << ""
        << qint64(-1) << false;
    QTest::newRow("only the last LF removed")
        << QByteArray("data: a\ndata:\n\n") << L({"event message id= data=a\\n"}) << ""
        << qint64(-1) << false;
    QTest::newRow("empty data dispatches")
        << QByteArray("data:\n\n") << L({"event message id= data="}) << "" << qint64(-1) << false;
    QTest::newRow("unknown field ignored")
        << QByteArray("foo: bar\ndata: x\nfoo\n\n") << L({"event message id= data=x"}) << ""
        << qint64(-1) << false;
    QTest::newRow("field names are case-sensitive")
        << QByteArray("Data: x\nEVENT: y\n\n") << L({}) << "" << qint64(-1) << false;
    QTest::newRow("NUL in data kept")
        << QByteArray("data: a\0b\n\n", 11) << L({"event message id= data=a\\0b"}) << ""
        << qint64(-1) << false;

    // Event type.
    QTest::newRow("event type") << QByteArray("event: tick\ndata: 1\n\n")
                                << L({"event tick id= data=1"}) << "" << qint64(-1) << false;
    QTest::newRow("event type reset after dispatch")
        << QByteArray("event: tick\ndata: 1\n\ndata: 2\n\n")
        << L({"event tick id= data=1", "event message id= data=2"}) << "" << qint64(-1) << false;
    QTest::newRow("event type without data is dropped")
        << QByteArray("event: tick\n\ndata: 2\n\n") << L({"event message id= data=2"}) << ""
        << qint64(-1) << false;
    QTest::newRow("empty event type means message")
        << QByteArray("event\ndata: x\n\n") << L({"event message id= data=x"}) << "" << qint64(-1)
        << false;
    QTest::newRow("last event field wins")
        << QByteArray("event: a\nevent: b\ndata: x\n\n") << L({"event b id= data=x"}) << ""
        << qint64(-1) << false;

    // Ids.
    QTest::newRow("id persists") << QByteArray("id: 7\ndata: a\n\ndata: b\n\n")
                                 << L({"event message id=7 data=a", "event message id=7 data=b"})
                                 << "7" << qint64(-1) << false;
    QTest::newRow("id with NUL ignored")
        << QByteArray("id: 1\ndata: a\n\nid: x\0y\ndata: b\n\n", 32)
        << L({"event message id=1 data=a", "event message id=1 data=b"}) << "1" << qint64(-1)
        << false;
    QTest::newRow("id set by a block without data")
        << QByteArray("id: 5\n\ndata: a\n\n") << L({"event message id=5 data=a"}) << "5"
        << qint64(-1) << false;
    QTest::newRow("empty id resets") << QByteArray("id: 5\ndata: a\n\nid\ndata: b\n\n")
                                     << L({"event message id=5 data=a", "event message id= data=b"})
                                     << "" << qint64(-1) << false;
    QTest::newRow("id not yet dispatched")
        << QByteArray("data: a\n\nid: 9\n") << L({"event message id= data=a"}) << "" << qint64(-1)
        << false;

    // Retry.
    QTest::newRow("retry") << QByteArray("retry: 1500\n") << L({"retry 1500"}) << "" << qint64(1500)
                           << false;
    QTest::newRow("retry zero") << QByteArray("retry:0\n") << L({"retry 0"}) << "" << qint64(0)
                                << false;
    QTest::newRow("retry not digits") << QByteArray("retry: 15x\nretry: -1\nretry: 1.5\nretry:\n"
                                                    "retry:  15\nretry: +3\nretry\n")
                                      << L({}) << "" << qint64(-1) << false;
    QTest::newRow("retry too large ignored")
        << QByteArray("retry: 99999999999999999999999\n") << L({}) << "" << qint64(-1) << false;
    QTest::newRow("last valid retry wins")
        << QByteArray("retry: 10\nretry: x\nretry: 20\n") << L({"retry 10", "retry 20"}) << ""
        << qint64(20) << false;

    // Comments.
    QTest::newRow("comments") << QByteArray(":keepalive\n: hello\n:\n:  two\n")
                              << L({"comment keepalive", "comment hello", "comment ",
                                    "comment  two"})
                              << "" << qint64(-1) << false;
    QTest::newRow("comment inside an event")
        << QByteArray("data: a\n: c\ndata: b\n\n")
        << L({"comment c", "event message id= data=a\\nb"}) << "" << qint64(-1) << false;

    // Dispatch and the end of the stream.
    QTest::newRow("no blank line, no event")
        << QByteArray("data: a\n") << L({}) << "" << qint64(-1) << true;
    QTest::newRow("unterminated last line discarded")
        << QByteArray("data: a\n\ndata: b") << L({"event message id= data=a"}) << "" << qint64(-1)
        << true;
    QTest::newRow("blank lines only")
        << QByteArray("\n\r\n\r\n\n") << L({}) << "" << qint64(-1) << false;

    // Invalid UTF-8 becomes U+FFFD.
    QTest::newRow("invalid byte") << QByteArray("data: a\xFF"
                                                "b\n\n")
                                  << L({"event message id= data=a<FFFD>b"}) << "" << qint64(-1)
                                  << false;
    QTest::newRow("truncated sequence at line end")
        << QByteArray("data: a\xC3\ndata: b\n\n") << L({"event message id= data=a<FFFD>\\nb"}) << ""
        << qint64(-1) << false;
    QTest::newRow("multibyte characters")
        << QByteArray("event: \xC3\xA9t\xC3\xA9\ndata: \xE2\x82\xAC \xF0\x9F\x98\x80\n\n")
        << QStringList{QStringLiteral("event \u00e9t\u00e9 id= data=\u20ac ")
                       + QString::fromUtf8("\xF0\x9F\x98\x80")}
        << "" << qint64(-1) << false;
    QTest::newRow("invalid UTF-8 in id and comment")
        << QByteArray(":\xFE\nid: \xFF\ndata: x\n\n")
        << L({"comment <FFFD>", "event message id=<FFFD> data=x"}) << "<FFFD>" << qint64(-1)
        << false;
}

void tst_SseParser::rules()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, items);
    QFETCH(QString, lastEventId);
    QFETCH(qint64, retry);
    QFETCH(bool, pending);

    const Outcome whole = parseInChunks(input, {});
    QCOMPARE(whole.items, items);
    QCOMPARE(escaped(whole.lastEventId), lastEventId);
    QCOMPARE(whole.retry, retry);
    QCOMPARE(whole.pending > 0, pending);

    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    const Outcome bytewise = parseInChunks(input, everyByte);
    QCOMPARE(bytewise.items, items);
    QCOMPARE(bytewise.lastEventId, whole.lastEventId);
    QCOMPARE(bytewise.retry, retry);
    QCOMPARE(bytewise.pending, whole.pending);

    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        const Outcome two = parseInChunks(input, {cut});
        if (two.items != items)
            QFAIL(qPrintable(QStringLiteral("split at %1: %2").arg(cut).arg(two.items.join(u'|'))));
        QCOMPARE(two.pending, whole.pending);
    }
}

void tst_SseParser::lineTooLong()
{
    SseParser::Limits limits;
    limits.maxLineBytes = 1000;
    SseParser parser(limits);
    int items = 0;
    const SseParser::Handler handler = [&items](SseItem &) {
        ++items;
    };
    QVERIFY(parser.feed("data: ok\n\n", handler));
    QCOMPARE(items, 1);
    const QByteArray chunk(300, 'x');
    bool ok = true;
    int fed = 0;
    while (ok && fed < 100) { // a line that never ends: stops at the limit, not after 30 KB
        ok = parser.feed(chunk, handler);
        ++fed;
    }
    QVERIFY(!ok);
    QCOMPARE(fed, 4);
    QVERIFY2(parser.error().contains(QLatin1String("line longer than")),
             qPrintable(parser.error()));
    QVERIFY(parser.pendingBytes() <= limits.maxLineBytes);
    QVERIFY(!parser.feed("\n\ndata: more\n\n", handler)); // stays stopped
    QCOMPARE(items, 1);
}

void tst_SseParser::eventTooLarge()
{
    SseParser::Limits limits;
    limits.maxEventBytes = 10000;
    SseParser parser(limits);
    int items = 0;
    const SseParser::Handler handler = [&items](SseItem &) {
        ++items;
    };
    const QByteArray line = "data: " + QByteArray(93, 'y') + '\n'; // 94 bytes of data each
    bool ok = true;
    int lines = 0;
    while (ok && lines < 1000) {
        ok = parser.feed(line, handler);
        ++lines;
    }
    QVERIFY(!ok);
    QCOMPARE(lines, 10000 / 94 + 1);
    QCOMPARE(items, 0);
    QVERIFY2(parser.error().contains(QLatin1String("without a blank line")),
             qPrintable(parser.error()));
    QCOMPARE(parser.pendingBytes(), 0); // the buffers were released
}

void tst_SseParser::resetStartsANewStream()
{
    SseParser parser;
    QStringList seen;
    const SseParser::Handler handler = [&seen](SseItem &item) {
        seen.append(describe(item));
    };
    parser.feed("retry: 250\nid: 3\ndata: a\n\ndata: partial", handler);
    QVERIFY(parser.hasPendingEvent());
    parser.reset();
    QVERIFY(!parser.hasPendingEvent());
    QCOMPARE(parser.lastEventId(), QStringLiteral("3"));
    QCOMPARE(parser.reconnectionTimeMs(), 250);
    // A new stream strips its own BOM; a blank line before any id keeps the last event ID
    // (as browsers do), and an id field still replaces it.
    parser.feed("\xEF\xBB\xBF"
                "retry: 9\n\ndata: b\n\nid: 4\ndata: c\n\n",
                handler);
    QCOMPARE(seen.join(u'|'),
             QStringLiteral("retry 250|event message id=3 data=a|retry 9|"
                            "event message id=3 data=b|event message id=4 data=c"));
    QCOMPARE(parser.lastEventId(), QStringLiteral("4"));
}

void tst_SseParser::handlerSeesItemsInStreamOrder()
{
    SseParser parser;
    QStringList seen;
    const SseParser::Handler handler = [&seen](SseItem &item) {
        seen.append(describe(item));
    };
    QByteArray stream;
    for (int i = 0; i < 1000; ++i)
        stream += "id: " + QByteArray::number(i) + "\nevent: n\ndata: " + QByteArray::number(i * i)
                  + "\n\n";
    // Uneven chunks, as a network delivers them.
    for (qsizetype at = 0, step = 1; at < stream.size(); at += step, step = step % 97 + 13)
        parser.feed(QByteArrayView(stream).sliced(at, std::min(step, stream.size() - at)), handler);
    QCOMPARE(seen.size(), 1000);
    QCOMPARE(seen.at(999), QStringLiteral("event n id=999 data=998001"));
    QCOMPARE(parser.lastEventId(), QStringLiteral("999"));
}

QTEST_APPLESS_MAIN(tst_SseParser)
#include "tst_sseparser.moc"
