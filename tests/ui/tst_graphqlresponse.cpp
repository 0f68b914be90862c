// The response view with GraphQL answers, offscreen: the `errors` of a GraphQL response get a
// banner (a warning with partial data, an error without), the same body for a plain HTTP
// request does not. The bodies are graphql-yoga's answers (tests/support/node/graphql-server.js).
#include "ui/response/responseview.h"
#include "ui/widgets/messagebanner.h"

#include <QTest>

using namespace wirescope;

namespace {

Exchange answered(BodyKind kind, const QByteArray &body)
{
    Exchange e;
    e.request.method = QStringLiteral("POST");
    e.request.url = QStringLiteral("http://127.0.0.1:1/graphql");
    e.request.body.kind = kind;
    Response r;
    r.status = 200;
    r.contentType = QStringLiteral("application/json");
    r.body = ResponseBody::fromBytes(body);
    e.response = r;
    return e;
}

const QByteArray kPartial =
    R"({"errors":[{"message":"the closed shelf cannot be read","locations":[{"line":3,"column":3}],"path":["closedShelf"],"extensions":{"code":"SHELF_CLOSED"}}],"data":{"book":{"title":"The Dispossessed"},"closedShelf":null}})";
const QByteArray kNoData =
    R"({"errors":[{"message":"Cannot query field isbn on type Book.","locations":[{"line":1,"column":11}]}]})";

} // namespace

class tst_GraphQLResponse : public QObject
{
    Q_OBJECT

private slots:
    void banner_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("title"); // empty: no banner
        QTest::addColumn<QString>("message");
        QTest::newRow("partial data") << int(BodyKind::GraphQL) << kPartial
                                      << QStringLiteral("GraphQL: 1 error(s), partial data")
                                      << QStringLiteral("line 3, column 3: the closed shelf cannot "
                                                        "be read (at closedShelf) [SHELF_CLOSED]");
        QTest::newRow("no data") << int(BodyKind::GraphQL) << kNoData
                                 << QStringLiteral("GraphQL: 1 error(s), no data")
                                 << QStringLiteral(
                                        "line 1, column 11: Cannot query field isbn on type Book.");
        QTest::newRow("no errors")
            << int(BodyKind::GraphQL) << QByteArray(R"({"data":{"books":[]}})") << QString()
            << QString();
        QTest::newRow("not a GraphQL request")
            << int(BodyKind::Raw) << kPartial << QString() << QString();
    }

    void banner()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, title);
        QFETCH(QString, message);
        ResponseView view;
        view.show();
        view.setExchange(answered(BodyKind(kind), body));
        auto *banner = view.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        QCOMPARE(banner->isVisible(), !title.isEmpty());
        if (title.isEmpty())
            return;
        QCOMPARE(banner->title(), title);
        QVERIFY2(banner->message().startsWith(message), qPrintable(banner->message()));
        QVERIFY(banner->message().contains(QStringLiteral("HTTP 200")));
    }
};

QTEST_MAIN(tst_GraphQLResponse)
#include "tst_graphqlresponse.moc"
